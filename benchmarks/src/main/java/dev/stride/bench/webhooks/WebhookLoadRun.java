package dev.stride.bench.webhooks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.stride.bench.BenchmarkStack;
import dev.stride.bench.GroupOffsets;
import dev.stride.bench.Machine;
import dev.stride.bench.ProcessMeter;
import dev.stride.bench.pipeline.ProgressClient;
import dev.stride.contracts.Topics;
import dev.stride.stack.ServiceProcess;
import dev.stride.workload.ArticleExercises;
import dev.stride.workload.LiveSets;
import dev.stride.workload.WorkloadConfig;
import dev.stride.workload.WorkloadProducer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

/**
 * Outbound webhooks under load (issue 14), in one command: progress-service ingests live sets at {@code --rate}
 * for {@code --seconds}, first alone (phase A), then with webhook-service beside it (phase B) delivering
 * set.completed, personal-record.set and streak.extended to {@code --subscriptions} apps, a {@code --dead-share}
 * of them at endpoints that never answer, for the {@code --connected-share} of the athletes who connected one app
 * each (round-robin). Prints ingestion with and without webhooks, delivery latency of the healthy endpoints and the
 * drain after the traffic; every set owed to a healthy endpoint must arrive and nothing about an athlete who did
 * not connect the app may (exit 1 otherwise). Needs the built jars of progress-service and webhook-service.
 */
public final class WebhookLoadRun {
    private static final String WEBHOOK_DATABASE = "webhook";
    private static final String WEBHOOK_SETS_GROUP = "webhook-service-sets";
    private static final Map<String, String> LOCAL_RECEIVERS = Map.of("STRIDE_WEBHOOKS_ENDPOINTS_ALLOW_HTTP", "true",
            "STRIDE_WEBHOOKS_ENDPOINTS_ALLOW_LOOPBACK", "true");
    private final WebhookLoadOptions options;
    private final LoadTable table = new LoadTable();

    private WebhookLoadRun(WebhookLoadOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        WebhookLoadRun run = new WebhookLoadRun(WebhookLoadOptions.parse(args));
        boolean correct = run.run();
        System.out.println("\n" + run.table.markdown() + "\n");
        System.out.println(correct ? "[webhooks] every check met" : "[webhooks] the run FAILS");
        System.exit(correct ? 0 : 1);
    }

    private boolean run() throws Exception {
        log(Instant.now() + ", " + options + ", load before: " + Machine.loadAverage());
        Path work = Files.createTempDirectory("stride-webhooks-");
        WorkloadConfig workload = WorkloadConfig.defaults().withAthletes(options.athletes()).withSeed(options.seed());
        try (BenchmarkStack stack = BenchmarkStack.start(work, "progress");
             WorkloadProducer producer = new WorkloadProducer(stack.bootstrapServers());
             Connection progressDatabase = stack.database()) {
            producer.publishDefinitions(ArticleExercises.definitions(Instant.now()));
            ServiceProcess progress = stack.startService("progress-service", options.jar("progress-service"));
            IngestionPhase ingestion = new IngestionPhase(producer, new LiveSets(workload), new ProgressClient(stack.url("")),
                    progressDatabase, options);
            try (ProcessMeter progressMeter = new ProcessMeter(() -> List.of(progress.pid()))) {
                ingestion.warmUp("warmup-a");
                progressMeter.begin("A");
                table.withoutWebhooks(options.rate(), ingestion.measure("a"));
                progressMeter.end();
                log("load after phase A: " + Machine.loadAverage());
                boolean correct = withWebhooks(stack, ingestion, progressMeter);
                progressMeter.end();
                progressMeter.phases().forEach((phase, usage) -> log(String.format(
                        "progress-service in phase %s: CPU %.2f cores, peak RSS %.0f MB", phase, usage.cores(), usage.peakRssMb())));
                return correct;
            }
        } finally {
            log("load after the run: " + Machine.loadAverage() + "; logs: " + work);
        }
    }

    private boolean withWebhooks(BenchmarkStack stack, IngestionPhase ingestion, ProcessMeter progressMeter) throws Exception {
        ServiceProcess webhooks = stack.startBeside("webhook-service", options.jar("webhook-service"), WEBHOOK_DATABASE,
                LOCAL_RECEIVERS);
        try (HealthyEndpoints healthy = new HealthyEndpoints(); DeadEndpoints dead = new DeadEndpoints();
             Connection webhookDatabase = stack.database(WEBHOOK_DATABASE); Admin admin = stack.admin();
             ProcessMeter webhookMeter = new ProcessMeter(() -> List.of(webhooks.pid()))) {
            Apps apps = Apps.subscribe(options, new AppSubscriptions(webhooks.url("")), healthy, dead);
            dead.start();
            Map<String, String> appOfAthlete = apps.appOfAthlete();
            Connections.announce(stack.bootstrapServers(), appOfAthlete);
            Connections.awaitStored(webhookDatabase, appOfAthlete.size(), Duration.ofMinutes(2));
            GroupOffsets sets = new GroupOffsets(admin, WEBHOOK_SETS_GROUP, Topics.COMPLETED_SETS);
            sets.awaitCommitted(GroupOffsets.sum(sets.end()), Duration.ofMinutes(10));
            log(String.format("%,d subscriptions (%,d dead), %,d athletes connected; webhook-service caught up; load %s",
                    options.subscriptions(), apps.dead().size(), appOfAthlete.size(), Machine.loadAverage()));
            webhookMeter.begin("warm-up");
            ingestion.warmUp("warmup-b");
            Map<TopicPartition, Long> from = sets.end();
            webhookMeter.begin("B");
            progressMeter.begin("B");
            IngestionPhase.Figures figures = ingestion.measure("b");
            Map<TopicPartition, Long> to = sets.end();
            webhookMeter.begin("drain");
            progressMeter.end();
            log("load after phase B's traffic: " + Machine.loadAverage());
            OwedSets owed = OwedSets.read(stack.bootstrapServers(), from, to, appOfAthlete, apps.dead());
            Deliveries received = Deliveries.await(healthy, owed.healthy(), appOfAthlete, Duration.ofSeconds(options.drainTimeout()));
            webhookMeter.end();
            table.withWebhooks(options.rate(), figures, received, received.drain(figures.end()), owed.healthy().size());
            report(webhookMeter, received, owed, dead, webhookDatabase);
            return received.missing() == 0 && received.wrong() == 0;
        }
    }

    private void report(ProcessMeter webhookMeter, Deliveries received, OwedSets owed, DeadEndpoints dead,
                        Connection webhookDatabase) throws SQLException {
        webhookMeter.phases().forEach((phase, usage) -> log(String.format(
                "webhook-service during %s: CPU %.2f cores (%.1f CPU-s), peak RSS %.0f MB", phase, usage.cores(),
                usage.cpuSeconds(), usage.peakRssMb())));
        log(String.format("healthy endpoints: %,d requests (%,d repeated webhook-ids), %,d owed sets, %,d missing, %,d wrong",
                received.requests(), received.repeated(), owed.healthy().size(), received.missing(), received.wrong()));
        log(String.format("dead endpoints: %,d sets owed during phase B, %,d connections accepted (attempts)",
                owed.owedToDead(), dead.connections()));
        log("webhook-service deliveries by status: " + deliveryStates(webhookDatabase));
    }

    private static String deliveryStates(Connection webhookDatabase) throws SQLException {
        StringBuilder states = new StringBuilder();
        try (Statement statement = webhookDatabase.createStatement();
             ResultSet row = statement.executeQuery("SELECT status, count(*) FROM delivery GROUP BY status ORDER BY status")) {
            while (row.next()) {
                states.append(String.format("%s %,d; ", row.getString(1), row.getLong(2)));
            }
        }
        return states.toString();
    }

    private static void log(String line) {
        System.out.println("[webhooks] " + line);
    }
}
