package dev.stride.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** The PostgreSQL server of a data folder and its backends, found in {@code /proc}. */
final class PostgresProcesses {
    private final Path dataDir;

    PostgresProcesses(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** The postmaster and every process it started (backends, writer, WAL writer...). */
    List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        postmaster().ifPresent(postmaster -> {
            pids.add(postmaster);
            ProcessHandle.of(postmaster).ifPresent(handle -> handle.children().forEach(child -> pids.add(child.pid())));
        });
        return pids;
    }

    private OptionalLong postmaster() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> commandLine(p).contains(dataDir.toString()))
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString())).min();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    private static String commandLine(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline"))).replace('\0', ' ');
        } catch (IOException gone) {
            return "";
        }
    }
}
