package dev.kontor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live heap of a JVM after full collections, read with {@code jcmd} (the JDK's own tool): two
 * {@code GC.run} so that what is left is what the server really holds, then {@code GC.heap_info}.
 */
public final class HeapProbe {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final long pid;

    public HeapProbe(long pid) {
        this.pid = pid;
    }

    public boolean available() {
        return pid > 0 && ProcessHandle.of(pid).isPresent();
    }

    /** Heap in use after full GCs, in MiB. */
    public double liveHeapMiB() throws IOException, InterruptedException {
        jcmd("GC.run");
        Thread.sleep(500);
        jcmd("GC.run");
        return usedKiB(jcmd("GC.heap_info")) / 1024.0;
    }

    /**
     * Sums the "used NK" of the heap lines of {@code GC.heap_info} (G1: one line; Parallel/Serial:
     * one per generation), stopping at Metaspace, which is not heap. Percent lines ("5% used") do
     * not match.
     */
    static long usedKiB(String heapInfo) {
        long used = 0;
        boolean found = false;
        for (String line : heapInfo.split("\\R")) {
            if (line.contains("Metaspace")) {
                break;
            }
            Matcher m = USED.matcher(line);
            if (m.find()) {
                used += Long.parseLong(m.group(1));
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException("no heap figures in jcmd output: " + heapInfo);
        }
        return used;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("jcmd " + pid + " " + command + " failed: " + out);
        }
        return out;
    }
}
