package dev.herald.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PhoneMaskTest {

    @Test
    void keepsFirstSixAndLastTwoCharacters() {
        assertEquals("+90555*****43", PhoneMask.mask("+905551234543"));
        assertEquals("+14155****71", PhoneMask.mask("+14155552671"));
    }

    @Test
    void masksShortValuesEntirely() {
        assertEquals("********", PhoneMask.mask("+1234567"));
        assertEquals("", PhoneMask.mask(""));
    }

    @Test
    void nullStaysNull() {
        assertNull(PhoneMask.mask(null));
    }
}
