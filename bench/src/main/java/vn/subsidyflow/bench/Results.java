package vn.subsidyflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * Every figure of a run under a dotted key ({@code inbox.p95Ms1m}); written as nested JSON objects
 * so each dotted path resolves, and printed as a table with the target beside each figure.
 */
final class Results {

    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final Map<String, String> targets = new LinkedHashMap<>();

    void put(String key, Object value) {
        if (value instanceof Double d) {
            value = Double.isNaN(d) || Double.isInfinite(d) ? null : Math.round(d * 1000.0) / 1000.0;
        }
        figures.put(key, value);
        System.out.printf("[bench] %-36s %s%n", key, value);
    }

    void target(String key, String target) {
        targets.put(key, target);
    }

    Object get(String key) {
        return figures.get(key);
    }

    double number(String key) {
        Object v = figures.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    Map<String, Object> nested() {
        Map<String, Object> root = new LinkedHashMap<>();
        figures.forEach((key, value) -> {
            String[] parts = key.split("\\.");
            Map<String, Object> node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
                node = child;
            }
            node.put(parts[parts.length - 1], value);
        });
        Map<String, Object> t = new LinkedHashMap<>(targets);
        root.put("targets", t);
        return root;
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(file, json.writeValueAsString(nested()));
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n| figure | value | target |%n|---|---:|---|%n"));
        figures.forEach((key, value) -> {
            if (!key.startsWith("conditions.")) {
                out.append(String.format("| %s | %s | %s |%n", key, value, targets.getOrDefault(key, "")));
            }
        });
        return out.toString();
    }
}
