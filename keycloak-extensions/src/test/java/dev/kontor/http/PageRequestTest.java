package dev.kontor.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageRequestTest {

    @Test
    void blankMeansTheFirstPageOfTwenty() {
        assertEquals(new PageRequest(0, 20), PageRequest.of(null, " "));
    }

    @Test
    void maxAboveOneHundredIsRejectedNotCapped() {
        assertEquals(new PageRequest(40, 100), PageRequest.of("40", "100"));
        assertEquals("'max' must be a whole number from 1 to 100.",
                assertThrows(PageRequest.InvalidPageRequest.class, () -> PageRequest.of("40", "101")).getMessage());
        assertThrows(PageRequest.InvalidPageRequest.class, () -> PageRequest.of(null, "500"));
    }

    @Test
    void negativeZeroOrNonNumericValuesAreRejectedWithTheirName() {
        assertEquals("'first' must be a whole number of at least 0.",
                assertThrows(PageRequest.InvalidPageRequest.class, () -> PageRequest.of("-1", null)).getMessage());
        assertThrows(PageRequest.InvalidPageRequest.class, () -> PageRequest.of(null, "0"));
        assertThrows(PageRequest.InvalidPageRequest.class, () -> PageRequest.of("two", null));
        assertEquals(400, new PageRequest.InvalidPageRequest("max", 1, 100).problem().status());
    }
}
