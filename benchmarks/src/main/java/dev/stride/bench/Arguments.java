package dev.stride.bench;

import java.util.HashMap;
import java.util.Map;

/** A benchmark's {@code --name=value} arguments ({@code --name} alone is {@code true}). */
public final class Arguments {
    private Arguments() {
    }

    public static Map<String, String> parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            values.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        return values;
    }
}
