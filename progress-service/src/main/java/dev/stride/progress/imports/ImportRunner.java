package dev.stride.progress.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import dev.stride.contracts.sets.SetCompleted;
import dev.stride.progress.catalog.ExerciseReplica;
import dev.stride.progress.sets.BrokerWriter;
import dev.stride.progress.sets.SetRules;
import dev.stride.progress.sets.SetSubmission;
import dev.stride.progress.transfer.CsvRow;
import dev.stride.progress.transfer.ForeignCsvReader;
import dev.stride.progress.transfer.UnreadableCsv;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Runs imports apart from the request that uploaded them, a few at a time: reads the spooled file
 * row by row, checks each set with the rules of every door and publishes them to
 * {@code completed-sets} in batches, each acknowledged before the next is read.
 */
@ApplicationScoped
public class ImportRunner {
    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    private static final int BATCH = SetSubmission.MAX_SETS;
    /** A file of refused rows publishes nothing, and still reports this often (see ImportJobs.SILENCE). */
    private static final int REPORT_EVERY_ROWS = 5_000;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(20));
    private final ImportJobs jobs;
    private final ExerciseReplica exercises;
    private final SetSubmission submission;
    private final Clock clock;

    ImportRunner(ImportJobs jobs, ExerciseReplica exercises, SetSubmission submission, Clock clock) {
        this.jobs = jobs;
        this.exercises = exercises;
        this.submission = submission;
        this.clock = clock;
    }

    /** A file to import, spooled, and how. */
    record Upload(UUID jobId, String athleteId, Path file, ImportOptions options) {
    }

    /** False when too many imports wait already (the caller answers 503). */
    boolean start(Upload upload) {
        try {
            executor.execute(new Task(upload));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Imports still waiting are dropped with their files; their jobs show INTERRUPTED. */
    void stop(@Observes ShutdownEvent event) {
        executor.shutdownNow().forEach(waiting -> delete(((Task) waiting).upload().file()));
    }

    private final class Task implements Runnable {
        private final Upload upload;

        Task(Upload upload) {
            this.upload = upload;
        }

        Upload upload() {
            return upload;
        }

        @Override
        public void run() {
            ImportRunner.this.run(upload);
        }
    }

    private void run(Upload upload) {
        try {
            ImportTally tally = new ImportTally();
            Optional<String> failure = importAll(upload, tally);
            jobs.report(upload.jobId(), tally.progress());
            jobs.finish(upload.jobId(), failure.isEmpty() ? ImportJob.Status.DONE : ImportJob.Status.FAILED, failure.orElse(null));
        } catch (SQLException | RuntimeException e) {
            LOG.errorf(e, "Import %s stopped", upload.jobId());
            failed(upload.jobId());
        } finally {
            delete(upload.file());
        }
    }

    /** Empty when every row was read and every set acknowledged; else why it stopped. */
    private Optional<String> importAll(Upload upload, ImportTally tally) throws SQLException {
        ExerciseNames names = new ExerciseNames(exercises.namesAndAliases());
        try (ForeignCsvReader reader = ForeignCsvReader.open(Files.newBufferedReader(upload.file(), StandardCharsets.UTF_8),
                upload.options().weightUnit(), upload.options().distanceUnit())) {
            ImportedRows rows = new ImportedRows(upload, reader.format(), names, tally, clock.instant());
            List<SetCompleted> batch = new ArrayList<>(BATCH);
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                rows.take(row).ifPresent(batch::add);
                if (batch.size() == BATCH || tally.rowsRead() % REPORT_EVERY_ROWS == 0) {
                    publish(upload, batch, tally);
                }
            }
            publish(upload, batch, tally);
            jobs.rememberNames(upload.athleteId(), rows.keptNames());
            return Optional.empty();
        } catch (IOException | UnreadableCsv e) {
            return Optional.of("the file could not be read past row " + tally.rowsRead() + ": " + e.getMessage());
        } catch (BrokerWriter.NotAcknowledged e) {
            return Optional.of("the broker did not acknowledge the sets; the sets published so far count, importing the same file again is safe");
        }
    }

    private void publish(Upload upload, List<SetCompleted> batch, ImportTally tally) throws SQLException {
        if (!batch.isEmpty()) {
            submission.publishChecked(batch, "/stride/progress-service/imports");
            tally.published(batch.size());
            batch.clear();
        }
        jobs.report(upload.jobId(), tally.progress());
    }

    /** Says so on the job if the database lets us; else the job shows INTERRUPTED once silent. */
    private void failed(UUID jobId) {
        try {
            jobs.finish(jobId, ImportJob.Status.FAILED, "the import stopped on an error of the service; importing the same file again is safe");
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Import %s could not be marked failed: %s", jobId, e.getMessage());
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Spooled import %s not deleted: %s", file, e.getMessage());
        }
    }
}
