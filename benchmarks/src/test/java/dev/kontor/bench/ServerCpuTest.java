package dev.kontor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServerCpuTest {

    @Test
    void sumsUtimeAndStimeEvenWithSpacesInTheCommandName() {
        String stat = "4242 (java (kc) x) S 1 4242 4242 0 -1 4194560 12345 0 3 0 1500 250 0 0 20 0 80 0 1234 0 0";
        assertEquals(1750, ServerCpu.ticks(stat));
    }

    @Test
    void readsItsOwnProcess() {
        ServerCpu self = new ServerCpu(ProcessHandle.current().pid(), 100);
        if (self.available()) {
            assertTrue(self.seconds() >= 0);
        }
    }

    @Test
    void emailCodeIsTheLineOfDigits() {
        assertEquals("042917", MailSink.codeInText("Hello,\n\nyour code:\n\n    042917\n\nIt is valid for 5 minutes (code 042917).\n"));
    }
}
