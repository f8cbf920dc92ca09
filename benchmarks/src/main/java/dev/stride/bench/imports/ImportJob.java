package dev.stride.bench.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** An import job as {@code GET /athletes/{id}/imports/{jobId}} shows it. */
record ImportJob(String status, String format, long rowsRead, long published, long refused, Map<String, Long> unmapped,
                 List<String> refusals) {

    static ImportJob of(JsonNode job) {
        Map<String, Long> unmapped = new LinkedHashMap<>();
        job.path("unmapped").fields().forEachRemaining(name -> unmapped.put(name.getKey(), name.getValue().asLong()));
        List<String> refusals = new ArrayList<>();
        job.path("refusals").forEach(refusal -> refusals.add("line " + refusal.path("line").asLong() + ": "
                + refusal.path("reason").asText()));
        return new ImportJob(job.path("status").asText(), job.path("format").asText(), job.path("rowsRead").asLong(),
                job.path("published").asLong(), job.path("refused").asLong(), unmapped, refusals);
    }

    boolean running() {
        return "RUNNING".equals(status);
    }

    String summary() {
        return String.format("%s, format %s, rows read %,d, published %,d, refused %,d, unmapped %s%s", status, format,
                rowsRead, published, refused, unmapped, refusals.isEmpty() ? "" : ", first refusals " + refusals);
    }
}
