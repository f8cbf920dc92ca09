package dev.stride.bench.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import dev.stride.bench.BenchmarkStack;
import dev.stride.bench.Machine;
import dev.stride.stack.ServiceProcess;
import org.apache.kafka.clients.admin.Admin;

/**
 * CSV import into progress-service, in one command: a seeded Strong export of {@code --rows} rows (100,000) of the
 * catalog's exercises is written to the run's work folder, then uploaded as one athlete to a progress-service whose
 * catalog replica catalog-service filled; prints rows/s to DONE and to every set stored, and the service's memory.
 * Checks that every row is stored, none refused, and that uploading the file again adds no set (exit 1 otherwise).
 * Needs the built jars of catalog-service and progress-service in this tree.
 */
public final class ImportRun {
    static final String ATHLETE = "import-bench-athlete";
    private final ImportOptions options;
    private final Figures figures = new Figures();

    private ImportRun(ImportOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        ImportRun run = new ImportRun(ImportOptions.parse(args));
        run.run();
        System.out.println("\n" + run.figures.markdown() + "\n");
        List<String> mismatches = run.figures.mismatches();
        mismatches.forEach(mismatch -> System.out.println("[import] MISMATCH " + mismatch));
        System.out.println(mismatches.isEmpty() ? "[import] every check met" : "[import] the run FAILS");
        System.exit(mismatches.isEmpty() ? 0 : 1);
    }

    private void run() throws Exception {
        System.out.println("[import] " + Instant.now() + ", " + options);
        String loadBefore = Machine.loadAverage();
        Path work = Files.createTempDirectory("stride-import-");
        List<SeedExercise> catalog = SeedExercise.read(options.catalogSeed());
        Path file = export(catalog, work);
        try (BenchmarkStack stack = BenchmarkStack.start(work, "progress_import")) {
            stack.startBeside("catalog-service", options.jar("catalog-service"), "catalog_import");
            ServiceProcess service = stack.startService("progress-service", options.jar("progress-service"));
            figures.row("service memory settings", ServiceProcessFacts.memorySettings(service.pid()));
            try (StoredSets stored = new StoredSets(stack.database()); Admin admin = stack.admin()) {
                stored.awaitReplica(catalog.size(), Duration.ofSeconds(60));
                ImportClient client = new ImportClient(stack.url(""), ATHLETE);
                new TwoImports(options, file, service, stack.managementUrl("/q/metrics"), figures)
                        .run(client, stored, admin);
            }
        } finally {
            figures.row("machine load (/proc/loadavg) before, after", loadBefore + "; " + Machine.loadAverage());
            System.out.println("[import] file and logs: " + work);
        }
    }

    private Path export(List<SeedExercise> catalog, Path work) throws IOException {
        Path file = work.resolve("strong-" + options.rows() + ".csv");
        long start = System.nanoTime();
        new StrongExport(catalog, options.seed(), LocalDate.now(ZoneOffset.UTC)).write(file, options.rows());
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = Files.size(file);
        figures.row("file (Strong, current form)", String.format("%,d rows, %.2f MiB (%,d bytes), written in %.1f s",
                options.rows(), bytes / (1024.0 * 1024.0), bytes, seconds));
        return file;
    }
}
