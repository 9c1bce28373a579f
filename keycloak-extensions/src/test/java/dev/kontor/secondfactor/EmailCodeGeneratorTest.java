package dev.kontor.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailCodeGeneratorTest {

    @ParameterizedTest
    @ValueSource(ints = {6, 7, 8, 9, 10})
    void codesHaveTheConfiguredLengthAndOnlyDigits(int length) {
        EmailCodeGenerator generator = new EmailCodeGenerator();
        for (int i = 0; i < 200; i++) {
            String code = generator.generate(length);
            assertEquals(length, code.length());
            assertTrue(code.matches("[0-9]+"), code);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 11, -1})
    void lengthsOutsideTheAllowedRangeAreRejected(int length) {
        assertThrows(IllegalArgumentException.class, () -> new EmailCodeGenerator().generate(length));
    }

    @Test
    void codesDoNotRepeat() {
        EmailCodeGenerator generator = new EmailCodeGenerator();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(generator.generate(10));
        }
        // 1000 draws from 10^10 codes: a collision would point at a broken random source.
        assertEquals(1000, seen.size());
    }

    @Test
    void everyDigitIsEquallyLikelyInEveryPosition() {
        EmailCodeGenerator generator = new EmailCodeGenerator(new Random(42));
        int codes = 50_000;
        int[][] counts = new int[6][10];
        for (int i = 0; i < codes; i++) {
            String code = generator.generate(6);
            for (int p = 0; p < 6; p++) {
                counts[p][code.charAt(p) - '0']++;
            }
        }
        double expected = codes / 10.0;
        for (int p = 0; p < 6; p++) {
            double chiSquare = 0;
            for (int d = 0; d < 10; d++) {
                chiSquare += Math.pow(counts[p][d] - expected, 2) / expected;
                assertTrue(counts[p][d] > 0, "digit " + d + " never appears at position " + p);
            }
            // 9 degrees of freedom: 27.88 is the 0.1 % critical value.
            assertTrue(chiSquare < 27.88, "position " + p + " is not uniform, chi^2=" + chiSquare);
        }
    }

    @Test
    void leadingZerosAreKept() {
        // A Random that always returns 0 must give "000000", not a shorter number.
        Random zeros = new Random() {
            @Override
            public int nextInt(int bound) {
                return 0;
            }
        };
        assertEquals("000000", new EmailCodeGenerator(zeros).generate(6));
    }
}
