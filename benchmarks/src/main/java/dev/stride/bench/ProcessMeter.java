package dev.stride.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Samples processes in {@code /proc} every 100 ms: peak resident memory and CPU time per named
 * phase (CPU as cores busy on average: 1.0 is one core fully used), summed over the processes
 * that {@code pids} names at each sample.
 */
public final class ProcessMeter implements AutoCloseable {
    private static final double TICKS_PER_SECOND = 100.0;

    private final Supplier<List<Long>> pids;
    private final Map<String, Usage> phases = new LinkedHashMap<>();
    private final Thread sampler;
    private volatile Usage current;

    /** One phase's peak RSS (MB), CPU seconds and wall seconds. */
    public static final class Usage {
        private final long startTicks;
        private final long startNanos;
        private volatile long peakKb;
        private long cpuTicks;
        private long wallNanos;

        private Usage(long startTicks) {
            this.startTicks = startTicks;
            this.startNanos = System.nanoTime();
        }

        public double peakRssMb() {
            return peakKb / 1024.0;
        }

        public double cores() {
            return wallNanos == 0 ? 0 : (cpuTicks / TICKS_PER_SECOND) / (wallNanos / 1e9);
        }

        public double cpuSeconds() {
            return cpuTicks / TICKS_PER_SECOND;
        }
    }

    public ProcessMeter(Supplier<List<Long>> pids) {
        this.pids = pids;
        this.sampler = new Thread(this::sample, "process-meter");
        sampler.setDaemon(true);
        sampler.start();
    }

    public synchronized void begin(String phase) {
        end();
        current = new Usage(cpuTicks());
        phases.put(phase, current);
    }

    public synchronized void end() {
        if (current != null) {
            current.cpuTicks = cpuTicks() - current.startTicks;
            current.wallNanos = System.nanoTime() - current.startNanos;
            current = null;
        }
    }

    public synchronized Map<String, Usage> phases() {
        return new LinkedHashMap<>(phases);
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            Usage usage = current;
            if (usage != null) {
                usage.peakKb = Math.max(usage.peakKb, rssKb());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long rssKb() {
        return pids.get().stream().mapToLong(ProcessMeter::rssKb).sum();
    }

    private long cpuTicks() {
        return pids.get().stream().mapToLong(ProcessMeter::cpuTicks).sum();
    }

    private static long rssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(0);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    @Override
    public void close() {
        end();
        sampler.interrupt();
    }
}
