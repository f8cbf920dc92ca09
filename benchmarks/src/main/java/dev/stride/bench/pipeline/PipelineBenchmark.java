package dev.stride.bench.pipeline;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.stride.bench.BenchmarkStack;
import dev.stride.bench.Machine;
import dev.stride.bench.ProcessMeter;
import dev.stride.bench.http.LoadResult;
import dev.stride.bench.http.OpenLoopLoad;
import dev.stride.contracts.Topics;
import dev.stride.stack.ServiceProcess;
import dev.stride.workload.ArticleExercises;
import dev.stride.workload.LiveSets;
import dev.stride.workload.Truth;
import dev.stride.workload.Workload;
import dev.stride.workload.WorkloadConfig;
import dev.stride.workload.WorkloadProducer;
import org.apache.kafka.clients.admin.Admin;

/**
 * The whole ingestion pipeline of progress-service on this machine, in one command: preload,
 * ceilings, sustained ingestion, end-to-end latency, {@code /summary} under load, resources, and
 * an exact correctness check against the workload's truth (the run fails on any mismatch), and
 * with {@code --peer} the same for the naive peer on the same topic, its rate beside the service's.
 */
public final class PipelineBenchmark {
    /** Far more than 500 req/s of millisecond answers need; a stalled service makes requests queue, not connections grow. */
    private static final int SUMMARY_CONNECTIONS = 32;
    private final PipelineOptions options;
    private final Report report = new Report();
    private final Truth truth = new Truth();
    private final LiveSets live;
    private ProgressClient client;

    private PipelineBenchmark(PipelineOptions options) {
        this.options = options;
        this.live = new LiveSets(config());
    }

    public static void main(String[] args) throws Exception {
        new PipelineBenchmark(PipelineOptions.parse(args)).run();
    }

    private WorkloadConfig config() {
        return WorkloadConfig.defaults().withRecords(options.events()).withAthletes(options.athletes()).withSeed(options.seed());
    }

    private void run() throws Exception {
        System.out.println("[pipeline] " + options + ", load before: " + Machine.loadAverage());
        try (BenchmarkStack stack = BenchmarkStack.start(Files.createTempDirectory("stride-pipeline-"), "progress_bench");
             WorkloadProducer producer = new WorkloadProducer(stack.bootstrapServers());
             Admin admin = stack.admin()) {
            int partitions = admin.describeTopics(List.of(Topics.COMPLETED_SETS)).allTopicNames().get()
                    .get(Topics.COMPLETED_SETS).partitions().size();
            Sentinels sentinels = preload(producer, partitions);
            report.rate("Kafka ConsumerPerformance ceiling (same topic)", consumerCeiling(stack), "records/s");
            double copy = Ceilings.copyRowsPerSecond(stack.postgres(), options.events());
            report.rate("PostgreSQL COPY ceiling (same row count)", copy, "rows/s");
            try {
                double serviceRate = measureService(stack, producer, sentinels, copy);
                new CorrectnessCheck(client, truth).verify(admin, report);
                if (options.peer()) {
                    new NaivePeer(stack, options.peerJar()).run(admin, truth).verify(report, serviceRate);
                }
            } finally {
                System.out.println("\n" + report.markdown() + "\n");
                System.out.println("[pipeline] service log and data: " + stack.work());
            }
        }
    }

    /**
     * Launches the service on the preloaded topic and runs the timed phases, metering every process;
     * returns its sustained ingestion rate, ready to all visible.
     */
    private double measureService(BenchmarkStack stack, WorkloadProducer producer, Sentinels sentinels, double copy)
            throws Exception {
        long launched = System.nanoTime();
        ServiceProcess service = stack.launch("progress-service", options.jar(), serviceEnvironment(stack.work()));
        PostgresProcesses database = new PostgresProcesses(stack.work().resolve("postgres"));
        try (ProcessMeter meter = new ProcessMeter(() -> List.of(service.pid()));
             ProcessMeter postgres = new ProcessMeter(database::pids);
             ProcessMeter harness = new ProcessMeter(() -> List.of(ProcessHandle.current().pid()))) {
            List<ProcessMeter> meters = List.of(meter, postgres, harness);
            begin(meters, "startup");
            service.awaitReady(Duration.ofSeconds(60));
            long ready = System.nanoTime();
            begin(meters, "sustained ingestion");
            client = new ProgressClient(service.url(""));
            double rate = ingestion(launched, ready, sentinels.awaitVisible(client, Duration.ofMinutes(30)), copy);
            begin(meters, "progress-events catch-up");
            derivedEvents(stack);
            latencyPhases(meters, producer, client);
            begin(meters, "drain");
            Sentinels.send(producer, truth, live, "final", sentinels.size()).awaitVisible(client, Duration.ofMinutes(5));
            meters.forEach(ProcessMeter::end);
            resources(meter, postgres, harness);
            return rate;
        }
    }

    /** The options' environment, plus their JVM options and an optional JFR recording through JAVA_TOOL_OPTIONS. */
    private Map<String, String> serviceEnvironment(Path work) {
        Map<String, String> environment = new HashMap<>(options.serviceEnvironment());
        String recording = options.jfr() ? " -XX:StartFlightRecording=filename=" + work.resolve("progress-service.jfr")
                + ",settings=profile,dumponexit=true" : "";
        String javaOptions = (options.serviceJavaOptions() + recording).trim();
        if (!javaOptions.isEmpty()) {
            environment.put("JAVA_TOOL_OPTIONS", javaOptions);
        }
        return environment;
    }

    private void resources(ProcessMeter service, ProcessMeter postgres, ProcessMeter harness) {
        report.resources(service.phases());
        report.cpu("PostgreSQL", postgres.phases());
        report.cpu("benchmark JVM (broker, producer, HTTP clients)", harness.phases());
        report.row("CPU per preloaded event, ready to all visible", String.format("service %.0f us, PostgreSQL %.0f us",
                perEvent(service), perEvent(postgres)), "2 cores at 100,000 /s allow 20 us for everything");
    }

    private Sentinels preload(WorkloadProducer producer, int partitions) throws Exception {
        producer.publishDefinitions(ArticleExercises.definitions(Instant.now()));
        long start = System.nanoTime();
        producer.sendAll(new Workload(config()), truth);
        report.rate("preload: workload produced (" + String.format("%,d", options.events()) + " records)",
                options.events() / seconds(start, System.nanoTime()), "generation + idempotent lz4 producer");
        return Sentinels.send(producer, truth, live, "preload", partitions);
    }

    private double consumerCeiling(BenchmarkStack stack) {
        return Ceilings.consumerRecordsPerSecond(stack.bootstrapServers(), options.events());
    }

    /** Adds the ingestion rows; returns the rate from ready to all visible. */
    private double ingestion(long launched, long ready, long done, double copy) {
        double rate = options.events() / seconds(launched, done);
        double readyRate = options.events() / seconds(ready, done);
        report.row("service start (launch to ready)", String.format("%.1f s", seconds(launched, ready)), "< 3 s");
        report.rate("sustained ingestion, launch to all visible", rate, ">= 100,000 /s");
        report.rate("sustained ingestion, ready to all visible", readyRate, "");
        report.row("ingestion / COPY ceiling", String.format("%.2f", rate / copy), "");
        return readyRate;
    }

    /**
     * Records, streaks and weeks are announced off the ingestion path: the latency phases start once
     * the backlog's announcements are out, so that they measure the steady state.
     */
    private void derivedEvents(BenchmarkStack stack) throws SQLException, InterruptedException {
        try (Connection connection = stack.database()) {
            DerivedEvents derived = new DerivedEvents(connection);
            Duration caughtUp = derived.awaitCaughtUp(Duration.ofMinutes(30));
            report.row("progress-events of the backlog all published, after all sets visible",
                    String.format("%.1f s (%,d events)", caughtUp.toMillis() / 1000.0, derived.published()), "");
        }
    }

    private double perEvent(ProcessMeter meter) {
        return 1e6 * meter.phases().get("sustained ingestion").cpuSeconds() / options.events();
    }

    private static void begin(List<ProcessMeter> meters, String phase) {
        meters.forEach(meter -> meter.begin(phase));
    }

    /** Each phase first runs its traffic unmeasured for the warm-up, so that both JVMs have compiled its paths. */
    private void latencyPhases(List<ProcessMeter> meters, WorkloadProducer producer, ProgressClient client) throws Exception {
        begin(meters, "e2e warm-up");
        new EndToEndLatency(producer, truth, live, client).run(options.rate(), options.warmup(), "warmup");
        begin(meters, "e2e at " + options.rate() + "/s");
        EndToEndLatency e2e = new EndToEndLatency(producer, truth, live, client);
        report.latency("end-to-end at " + options.rate() + " events/s (/streaks and /volume)",
                e2e.run(options.rate(), options.seconds(), "e2e"), "p99 <= 250 ms; lost " + e2e.lost());
        LoadResult summary;
        try (SteadyTraffic traffic = new SteadyTraffic(producer, truth, live, options.rate())) {
            begin(meters, "/summary warm-up");
            summaryLoad(options.warmup());
            begin(meters, "/summary at " + options.summaryRate() + " req/s");
            summary = summaryLoad(options.seconds());
        }
        report.latency("/summary at " + options.summaryRate() + " req/s during " + options.rate() + " events/s",
                summary.latencyMicros(), "p99 <= 10 ms; errors " + summary.errors());
    }

    private LoadResult summaryLoad(int seconds) throws InterruptedException {
        return new OpenLoopLoad(client.http(), SUMMARY_CONNECTIONS).run(i -> HttpRequest.newBuilder(
                        client.uri(live.randomAthleteId(), "/summary")).header("Authorization", ProgressClient.PLATFORM)
                        .timeout(Duration.ofSeconds(10)).build(),
                options.summaryRate(), Duration.ofSeconds(seconds), Duration.ofSeconds(10));
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }
}
