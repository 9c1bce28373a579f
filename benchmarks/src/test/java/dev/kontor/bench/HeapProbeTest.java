package dev.kontor.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HeapProbeTest {

    @Test
    void g1HeapIsTheUsedFigureOfTheHeapLineNotMetaspace() {
        String out = """
                12345:
                 garbage-first heap   total 262144K, used 77212K [0x00000000c0000000, 0x0000000100000000)
                  region size 1024K, 3 young (3072K), 0 survivors (0K)
                 Metaspace       used 146431K, committed 148416K, reserved 393216K
                  class space    used 18542K, committed 19456K, reserved 262144K
                """;
        assertEquals(77212, HeapProbe.usedKiB(out));
    }

    @Test
    void generationalHeapsAddUpTheirGenerationsAndIgnorePercentLines() {
        String out = """
                 PSYoungGen      total 305664K, used 4232K [0x0000000715580000, 0x0000000740000000, 0x00000007c0000000)
                  eden space 262144K, 1% used [0x0000000715580000,0x00000007159a2040,0x0000000725580000)
                 ParOldGen       total 699392K, used 40000K [0x00000005c0000000, 0x00000005eab00000, 0x0000000715580000)
                  object space 699392K, 5% used [0x00000005c0000000,0x00000005c2710000,0x00000005eab00000)
                 Metaspace       used 3000K, committed 3200K, reserved 1056768K
                """;
        assertEquals(44232, HeapProbe.usedKiB(out));
    }

    @Test
    void outputWithoutFiguresIsAnError() {
        assertThrows(IllegalStateException.class, () -> HeapProbe.usedKiB("12345:\nCould not find VM"));
    }
}
