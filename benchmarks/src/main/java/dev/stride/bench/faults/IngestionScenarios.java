package dev.stride.bench.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.stride.bench.GroupOffsets;
import dev.stride.bench.pipeline.ProgressClient;
import dev.stride.bench.pipeline.Sentinels;
import dev.stride.contracts.Topics;
import dev.stride.stack.ServiceProcess;
import dev.stride.workload.ArticleExercises;
import dev.stride.workload.LiveSets;
import dev.stride.workload.Truth;
import dev.stride.workload.Workload;
import dev.stride.workload.WorkloadConfig;
import dev.stride.workload.WorkloadProducer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

/**
 * Faults under progress-service's ingestion: the workload (with its truth) is on completed-sets,
 * the service's instances ingest it, and when a third is committed the fault strikes. The outcome
 * is read once one sentinel per partition sent after the fault is visible.
 */
final class IngestionScenarios {
    private static final String SERVICE = "progress-service";
    private static final Duration LONG = Duration.ofMinutes(30);

    /** Does the damage, and undoes it where a person would (a restart). */
    interface Fault {
        void strike(FaultStack stack, List<ServiceProcess> instances) throws Exception;
    }

    private final FaultOptions options;

    IngestionScenarios(FaultOptions options) {
        this.options = options;
    }

    Outcome killed() throws Exception {
        return run("progress-service SIGKILL, restarted at once", 1, (stack, instances) -> {
            instances.get(0).kill();
            stack.relaunch(instances.get(0));
        });
    }

    Outcome brokerRestarted() throws Exception {
        return run("broker stopped " + options.outage().toSeconds() + " s, restarted", 1, (stack, instances) -> {
            stack.kafka().stop();
            Thread.sleep(options.outage().toMillis());
            stack.kafka().start();
        });
    }

    Outcome postgresRestarted() throws Exception {
        return run("PostgreSQL stopped " + options.outage().toSeconds() + " s, restarted, services kept running", 1,
                (stack, instances) -> {
                    stack.stopPostgres();
                    Thread.sleep(options.outage().toMillis());
                    stack.startPostgres();
                });
    }

    Outcome oneOfThreeKilled() throws Exception {
        return run("3 instances, one SIGKILLed, started again " + options.outage().toSeconds() + " s later", 3,
                (stack, instances) -> {
                    instances.get(1).kill();
                    Thread.sleep(options.outage().toMillis());
                    stack.relaunch(instances.get(1));
                });
    }

    /** No fault: {@code instanceCount} instances ingest the backlog; the recovery column holds the ingestion rate instead. */
    Outcome unfaulted(int instanceCount) throws Exception {
        return run(instanceCount + " instance(s), no fault", instanceCount, null);
    }

    private Outcome run(String scenario, int instanceCount, Fault fault) throws Exception {
        System.out.println("[faults] " + scenario);
        WorkloadConfig config = WorkloadConfig.defaults().withRecords(options.records()).withAthletes(options.athletes());
        Truth truth = new Truth();
        try (FaultStack stack = new FaultStack(options.projectRoot(), options.work().resolve(slug(scenario)));
             WorkloadProducer producer = new WorkloadProducer(stack.kafka().bootstrapServers());
             Admin admin = stack.admin()) {
            producer.publishDefinitions(ArticleExercises.definitions(Instant.now()));
            producer.sendAll(new Workload(config), truth);
            long launched = System.nanoTime();
            List<ServiceProcess> instances = IntStream.rangeClosed(1, instanceCount).mapToObj(i -> stack.launch(SERVICE, i)).toList();
            FaultStack.awaitReady(instances);
            long ready = System.nanoTime();
            GroupOffsets offsets = new GroupOffsets(admin, SERVICE, Topics.COMPLETED_SETS);
            Map<TopicPartition, Long> end = offsets.end();
            if (fault == null) {
                ProgressClient client = new ProgressClient(instances.get(0).url(""));
                Sentinels.send(producer, truth, new LiveSets(config), "after", end.size()).awaitVisible(client, LONG);
                long visible = System.nanoTime();
                String rate = String.format("%,.0f records/s launch to all visible, %,.0f ready to all visible (all ready %.1f s after launch)",
                        options.records() / seconds(launched, visible), options.records() / seconds(ready, visible), seconds(launched, ready));
                return new IngestionCheck(truth, client).outcome(scenario, stack, rate);
            }
            offsets.awaitCommitted(GroupOffsets.sum(end) / 3, LONG);

            long struck = System.nanoTime();
            fault.strike(stack, instances);
            long over = System.nanoTime();
            // Read once the fault is over: commits made just before it struck must not count as moving again.
            offsets.awaitEveryPartitionMoved(offsets.committedOnceReachable(LONG), end, LONG);
            long moving = System.nanoTime();
            FaultStack.awaitReady(instances);
            ProgressClient client = new ProgressClient(instances.get(0).url(""));
            int partitions = end.size();
            Sentinels.send(producer, truth, new LiveSets(config), "after", partitions).awaitVisible(client, LONG);
            long caughtUp = System.nanoTime();
            String recovery = String.format("fault %.1f s; every partition moving %.1f s after it struck; all counted %.1f s after it struck",
                    seconds(struck, over), seconds(struck, moving), seconds(struck, caughtUp));
            return new IngestionCheck(truth, client).outcome(scenario, stack, recovery);
        }
    }

    static String slug(String scenario) {
        return scenario.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase();
    }

    static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }
}
