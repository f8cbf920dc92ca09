package dev.stride.stack;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import dev.stride.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/** The topics of the architecture brief with their partitions and retention. */
public final class TopicLayout {
    private static final String WEEK_MS = String.valueOf(7L * 24 * 3600 * 1000);
    private static final String MONTH_MS = String.valueOf(30L * 24 * 3600 * 1000);

    public static final List<NewTopic> TOPICS = List.of(
            new NewTopic(Topics.EXERCISE_DEFINITIONS, 3, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
            new NewTopic(Topics.PLAN_EVENTS, 6, (short) 1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, MONTH_MS)),
            new NewTopic(Topics.COMPLETED_SETS, 12, (short) 1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, WEEK_MS)),
            new NewTopic(Topics.COMPLETED_SETS_DLQ, 3, (short) 1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, MONTH_MS)),
            new NewTopic(Topics.PROGRESS_EVENTS, 6, (short) 1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, MONTH_MS)),
            new NewTopic(Topics.ATHLETE_EVENTS, 3, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
            new NewTopic(Topics.PLAN_SERVICE_DLQ, 1, (short) 1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, MONTH_MS)),
            new NewTopic(Topics.PROGRESS_SERVICE_DLQ, 1, (short) 1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, MONTH_MS)),
            new NewTopic(Topics.WEBHOOK_SERVICE_DLQ, 1, (short) 1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, MONTH_MS)));

    private TopicLayout() {
    }

    /** Creates every topic that does not exist yet; existing topics are left as they are. */
    public static void createMissing(Admin admin, List<NewTopic> topics) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not create topics", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }
}
