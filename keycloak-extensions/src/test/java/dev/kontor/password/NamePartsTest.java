package dev.kontor.password;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NamePartsTest {

    @Test
    void partsAreSplitFoldedAndShortOnesDropped() {
        assertEquals(List.of("anna", "muller", "gmbh"), NameParts.of(3, "Anna", "Müller GmbH", null));
        assertEquals(List.of("strasse"), NameParts.of(3, "Li", "Straße"));
        assertEquals(List.of("john", "miller"), NameParts.of(3, NameParts.localPart("john.miller@example.com")));
    }

    @Test
    void containedInIgnoresCaseAndDiacritics() {
        List<String> parts = NameParts.of(3, "Anna", "Müller");
        assertEquals("muller", NameParts.containedIn("MULLER#2468x", parts));
        assertEquals("muller", NameParts.containedIn("#Müller99", parts));
        assertEquals("anna", NameParts.containedIn("Hanna!2468", parts));
        assertNull(NameParts.containedIn("Kontor#2468", parts));
    }

    @Test
    void localPartOfAnAddress() {
        assertEquals("a.b", NameParts.localPart("a.b@example.com"));
        assertEquals("plain", NameParts.localPart("plain"));
        assertNull(NameParts.localPart(null));
    }
}
