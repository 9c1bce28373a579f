package dev.kontor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine and versions the benchmark ran on, for the report. */
public final class MachineInfo {

    private MachineInfo() {}

    public static Map<String, String> describe(Settings settings) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("CPU", firstMatching("/proc/cpuinfo", "model name").orElse("unknown"));
        info.put("Cores (nproc)", settings.nproc());
        info.put("Memory", firstMatching("/proc/meminfo", "MemTotal").orElse("unknown"));
        info.put("Load average at start", read("/proc/loadavg").map(s -> s.split(" ", 4)).map(p -> p[0] + " " + p[1] + " " + p[2]).orElse("unknown"));
        info.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        info.put("Keycloak", settings.keycloakVersion() + " (`kc.sh start --optimized --cache=local`, PostgreSQL)");
        info.put("CPU pinning", settings.pinning());
        return info;
    }

    private static java.util.Optional<String> read(String file) {
        try {
            return java.util.Optional.of(Files.readString(Path.of(file)).trim());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<String> firstMatching(String file, String key) {
        return read(file).flatMap(text -> text.lines().filter(l -> l.startsWith(key)).findFirst())
                .map(l -> l.substring(l.indexOf(':') + 1).trim().replaceAll("\\s+", " "));
    }
}
