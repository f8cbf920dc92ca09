package dev.stride.bench.imports;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.stride.bench.ProcessMeter;
import dev.stride.stack.ServiceProcess;
import org.apache.kafka.clients.admin.Admin;

/**
 * The measured part: the file uploaded once, timed from the request to DONE and to every set stored, with the
 * service's memory and CPU; then the same file uploaded again, which must add no set.
 */
record TwoImports(ImportOptions options, Path file, ServiceProcess service, String metricsUrl, Figures figures) {
    private static final Duration LONGEST = Duration.ofMinutes(30);

    void run(ImportClient client, StoredSets stored, Admin admin) throws Exception {
        figures.row("service peak RSS (VmHWM) once ready", mb(ServiceProcessFacts.peakRssMb(service.pid())));
        try (ProcessMeter meter = new ProcessMeter(() -> List.of(service.pid()))) {
            meter.begin("first import, upload to all stored");
            boolean done = first(client, stored);
            figures.row("service peak RSS (VmHWM) after the first import",
                    mb(ServiceProcessFacts.peakRssMb(service.pid())));
            if (done) {
                meter.begin("second import, upload to DONE and ingestion caught up");
                second(client, stored, admin);
            }
            meter.end();
            resources(meter.phases());
        }
    }

    /** Whether the job ended DONE (the second upload is pointless otherwise). */
    private boolean first(ImportClient client, StoredSets stored) throws Exception {
        try (HeapMeter heap = new HeapMeter(metricsUrl)) {
            long start = System.nanoTime();
            URI location = client.upload(file, options.timeZone());
            long uploaded = System.nanoTime();
            ImportJob job = client.awaitFinished(location, LONGEST);
            long finished = System.nanoTime();
            figures.row("first import: job", job.summary());
            if (!"DONE".equals(job.status())) {
                figures.expect("first job status", "DONE", job.status());
                return false;
            }
            long sets = stored.awaitSets(ImportRun.ATHLETE, options.rows(), LONGEST);
            long allStored = System.nanoTime();
            figures.row("upload (POST until 202)", seconds(start, uploaded));
            figures.row("upload to DONE", seconds(start, finished) + ", " + perSecond(start, finished));
            figures.row("upload to all sets stored", seconds(start, allStored) + ", " + perSecond(start, allStored));
            figures.row("service heap in use, peak (sampled every 500 ms, " + heap.samples() + " samples)",
                    mb(heap.peakMb()));
            checkFirst(job, sets);
            return true;
        }
    }

    private void checkFirst(ImportJob job, long sets) {
        figures.expect("first job status", "DONE", job.status());
        figures.expect("first job rows read", (long) options.rows(), job.rowsRead());
        figures.expect("first job published", (long) options.rows(), job.published());
        figures.expect("first job refused", 0L, job.refused());
        figures.expect("first job unmapped names", Map.of(), job.unmapped());
        figures.expect("sets stored after the first import", (long) options.rows(), sets);
    }

    private void second(ImportClient client, StoredSets stored, Admin admin) throws Exception {
        long start = System.nanoTime();
        ImportJob job = client.awaitFinished(client.upload(file, options.timeZone()), LONGEST);
        long finished = System.nanoTime();
        stored.awaitIngestionCaughtUp(admin, LONGEST);
        long caughtUp = System.nanoTime();
        figures.row("second import of the same file: job", job.summary());
        figures.row("second import: upload to DONE, to ingestion caught up",
                seconds(start, finished) + " (" + perSecond(start, finished) + "), " + seconds(start, caughtUp));
        figures.expect("second job status", "DONE", job.status());
        figures.expect("second job refused", 0L, job.refused());
        figures.expect("sets stored after the second import", (long) options.rows(), stored.sets(ImportRun.ATHLETE));
    }

    private void resources(Map<String, ProcessMeter.Usage> phases) {
        phases.forEach((phase, usage) -> figures.row("service during " + phase,
                String.format("peak RSS %.0f MB (sampled every 100 ms), CPU %.1f s (%.2f cores), %.0f µs CPU per row",
                        usage.peakRssMb(), usage.cpuSeconds(), usage.cores(),
                        1e6 * usage.cpuSeconds() / options.rows())));
    }

    private String perSecond(long fromNanos, long toNanos) {
        return String.format("%,.0f rows/s", options.rows() / ((toNanos - fromNanos) / 1e9));
    }

    private static String seconds(long fromNanos, long toNanos) {
        return String.format("%.2f s", (toNanos - fromNanos) / 1e9);
    }

    private static String mb(double mb) {
        return String.format("%.0f MB", mb);
    }
}
