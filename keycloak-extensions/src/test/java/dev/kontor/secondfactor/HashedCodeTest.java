package dev.kontor.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class HashedCodeTest {

    @Test
    void theSameCodeMatches() {
        assertTrue(HashedCode.of("123456").matches("123456"));
    }

    @Test
    void surroundingWhitespaceFromCopyAndPasteIsIgnored() {
        assertTrue(HashedCode.of("123456").matches(" 123456\n"));
    }

    @Test
    void otherCodesDoNotMatch() {
        HashedCode hashed = HashedCode.of("123456");
        assertFalse(hashed.matches("123457"));
        assertFalse(hashed.matches("12345"));
        assertFalse(hashed.matches("1234567"));
        assertFalse(hashed.matches(""));
        assertFalse(hashed.matches(null));
    }

    @Test
    void eachCodeGetsItsOwnSalt() {
        HashedCode first = HashedCode.of("123456");
        HashedCode second = HashedCode.of("123456");
        assertNotEquals(first.salt(), second.salt());
        assertNotEquals(first.hash(), second.hash());
        assertEquals(16, Base64.getDecoder().decode(first.salt()).length);
        assertEquals(32, Base64.getDecoder().decode(first.hash()).length, "SHA-256 digest");
    }

    @Test
    void thePlainCodeIsNotStored() {
        HashedCode hashed = HashedCode.of("987654");
        assertFalse(hashed.salt().contains("987654"));
        assertFalse(hashed.hash().contains("987654"));
    }

    @Test
    void damagedNotesNeverMatch() {
        HashedCode hashed = HashedCode.of("123456");
        assertFalse(new HashedCode("not base64!", hashed.hash()).matches("123456"));
        assertFalse(new HashedCode(hashed.salt(), "%%%").matches("123456"));
        assertFalse(new HashedCode(HashedCode.of("123456").salt(), hashed.hash()).matches("123456"),
                "a hash only matches with its own salt");
    }
}
