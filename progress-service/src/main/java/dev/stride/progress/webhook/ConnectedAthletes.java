package dev.stride.progress.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stride.problem.Problem;
import dev.stride.problem.ProblemException;
import dev.stride.progress.athlete.AthleteIds;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The athletes a webhook's sets are for, and whether its source may post for them. A set names its
 * athlete by the source's own {@code userId} (translated through the athlete's connection) or by
 * Stride's {@code athleteId} (which must have connected the source). One set for an athlete who has
 * not connected the source refuses the whole delivery: nothing is published.
 */
@ApplicationScoped
public class ConnectedAthletes {
    private static final Logger LOG = Logger.getLogger(ConnectedAthletes.class);
    private final Connections connections;

    ConnectedAthletes(Connections connections) {
        this.connections = connections;
    }

    /** {@code data} with each set's {@code userId} replaced by its {@code athleteId}; 403 if any is not connected. */
    public JsonNode resolve(String source, JsonNode data) {
        if (data == null || !(data.isObject() || data.isArray())) {
            return data; // the set rules name what is wrong with it
        }
        JsonNode resolved = data.deepCopy();
        Findings findings = new Findings(new ArrayList<>(), new ArrayList<>());
        if (resolved instanceof ArrayNode sets) {
            for (int i = 0; i < sets.size(); i++) {
                if (sets.get(i) instanceof ObjectNode set) {
                    resolveOne(source, set, "data[" + i + "].", findings);
                }
            }
        } else {
            resolveOne(source, (ObjectNode) resolved, "data.", findings);
        }
        if (!findings.invalid().isEmpty()) {
            throw ProblemException.badRequest(findings.invalid().size() + " invalid field(s); nothing was accepted",
                    findings.invalid());
        }
        if (!findings.refused().isEmpty()) {
            throw new ProblemException(403, "source-not-connected", "Forbidden", findings.refused().size()
                    + " set(s) are for athletes who have not connected " + source + "; nothing was accepted",
                    findings.refused());
        }
        return resolved;
    }

    /** Fields that are malformed (400) and athletes the source may not post for (403). */
    private record Findings(List<Problem.FieldError> invalid, List<Problem.FieldError> refused) {
    }

    /** A malformed athleteId is left to the set rules, which name it; only a well-formed one is looked up. */
    private void resolveOne(String source, ObjectNode set, String at, Findings findings) {
        JsonNode userId = set.remove("userId");
        JsonNode athleteId = set.get("athleteId");
        if (userId == null) {
            if (athleteId != null && AthleteIds.valid(athleteId.textValue()) && !connected(athleteId.asText(), source)) {
                findings.refused().add(new Problem.FieldError(at + "athleteId", "has not connected this source"));
            }
            return;
        }
        String invalid = Connections.userIdProblem(userId.textValue());
        if (invalid != null) {
            findings.invalid().add(new Problem.FieldError(at + "userId", invalid));
            return;
        }
        Optional<String> athlete = athleteOf(source, userId.asText());
        if (athlete.isEmpty()) {
            findings.refused().add(new Problem.FieldError(at + "userId", "is not connected to any athlete"));
        } else if (athleteId != null && !athlete.get().equals(athleteId.textValue())) {
            findings.invalid().add(new Problem.FieldError(at + "athleteId", "must be the athlete connected as this userId"));
        } else {
            set.put("athleteId", athlete.get());
        }
    }

    private boolean connected(String athleteId, String source) {
        try {
            return connections.connected(athleteId, source);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    private Optional<String> athleteOf(String source, String userId) {
        try {
            return connections.athleteOf(source, userId);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    private static ProblemException unavailable(RuntimeException e) {
        LOG.warnf("Webhook connections cannot be read: %s", e.getMessage());
        return new ProblemException(503, "storage-unavailable", "Service unavailable",
                "The athletes' connections cannot be checked now; nothing was published, retry later");
    }
}
