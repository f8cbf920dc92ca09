package dev.stride.progress.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import dev.stride.problem.Problem;
import dev.stride.problem.ProblemException;
import dev.stride.progress.transfer.DistanceUnit;
import dev.stride.progress.transfer.ForeignCsvReader;
import dev.stride.progress.transfer.UnreadableCsv;
import dev.stride.progress.transfer.WeightUnit;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Takes an uploaded file: spools it to a temporary file as it arrives (never whole in memory),
 * refuses at once a file that is not a Strong or Hevy export, and leaves the rows to {@link ImportRunner}.
 */
@ApplicationScoped
public class Imports {
    /** The largest file taken; progress-service's HTTP limit for uploads is the same. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private final ImportJobs jobs;
    private final ImportRunner runner;

    Imports(ImportJobs jobs, ImportRunner runner) {
        this.jobs = jobs;
        this.runner = runner;
    }

    public ImportJob accept(String athleteId, ImportOptions options, InputStream body) throws IOException, SQLException {
        Path file = spool(body);
        try {
            String format = format(file);
            UUID jobId = jobs.create(athleteId, format, options).orElseThrow(() -> new ProblemException(410, "athlete-erased",
                    "Gone", "This athlete was erased: nothing is stored for them"));
            if (!runner.start(new ImportRunner.Upload(jobId, athleteId, file, options))) {
                jobs.finish(jobId, ImportJob.Status.FAILED, "too many imports were waiting");
                throw new ProblemException(503, "imports-busy", "Service unavailable",
                        "Too many imports are waiting; nothing was imported, retry in a minute");
            }
            return jobs.find(athleteId, jobId).orElseThrow();
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static Path spool(InputStream body) throws IOException {
        Path file = Files.createTempFile("stride-import-", ".csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                total += read;
                if (total > MAX_BYTES) {
                    throw new ProblemException(413, "payload-too-large", "Payload too large",
                            "The file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB; split it and import each part");
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    private static String format(Path file) throws IOException {
        try (ForeignCsvReader reader = ForeignCsvReader.open(Files.newBufferedReader(file, StandardCharsets.UTF_8),
                WeightUnit.KG, DistanceUnit.KM)) {
            return reader.format().name();
        } catch (UnreadableCsv e) {
            throw ProblemException.badRequest("The file is not a Strong or Hevy export; nothing was imported",
                    List.of(new Problem.FieldError("body", e.getMessage())));
        }
    }
}
