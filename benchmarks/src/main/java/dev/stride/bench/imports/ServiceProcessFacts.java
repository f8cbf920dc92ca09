package dev.stride.bench.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What {@code /proc} tells of the service's process: its peak resident set and the memory settings it runs with. */
final class ServiceProcessFacts {
    private ServiceProcessFacts() {
    }

    /** {@code VmHWM}: the highest resident set since the process started, as the kernel counts it. */
    static double peakRssMb(long pid) throws IOException {
        return Files.readAllLines(proc(pid, "status")).stream().filter(line -> line.startsWith("VmHWM:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst()
                .orElseThrow(() -> new IOException("No VmHWM for process " + pid)) / 1024.0;
    }

    /** The JVM's {@code -X} options and {@code MALLOC_ARENA_MAX}, as the process was started. */
    static String memorySettings(long pid) throws IOException {
        String options = nulSeparated(proc(pid, "cmdline")).filter(argument -> argument.startsWith("-X"))
                .collect(Collectors.joining(" "));
        String arenas = nulSeparated(proc(pid, "environ")).filter(variable -> variable.startsWith("MALLOC_ARENA_MAX="))
                .findFirst().orElse("MALLOC_ARENA_MAX unset");
        return options + ", " + arenas + "; a child process of the benchmark, in no container of its own";
    }

    private static Stream<String> nulSeparated(Path file) throws IOException {
        return Arrays.stream(Files.readString(file).split("\0"));
    }

    private static Path proc(long pid, String file) {
        return Path.of("/proc", String.valueOf(pid), file);
    }
}
