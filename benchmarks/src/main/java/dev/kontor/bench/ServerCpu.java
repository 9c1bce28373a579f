package dev.kontor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time (user + system) of a process, from /proc/&lt;pid&gt;/stat. */
public final class ServerCpu {

    private final long pid;
    private final long clockTicksPerSecond;

    public ServerCpu(long pid, long clockTicksPerSecond) {
        this.pid = pid;
        this.clockTicksPerSecond = clockTicksPerSecond;
    }

    public boolean available() {
        return pid > 0 && Files.isReadable(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** utime + stime in seconds, or NaN when the process cannot be read. */
    public double seconds() {
        if (pid <= 0) {
            return Double.NaN;
        }
        try {
            return ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))) / (double) clockTicksPerSecond;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /** utime (field 14) + stime (field 15) of a /proc/pid/stat line; the command name may hold spaces. */
    static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // fields[0] is field 3 (state), so field n is fields[n - 3]
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
