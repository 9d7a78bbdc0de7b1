package fr.vigie.infrastructure.kafka;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The topics declared in {@code kafka/topics.conf}, the single definition shared by the
 * application and by compose's topic initialisation.
 */
public record TopicCatalog(List<TopicDefinition> topics) {

    public record TopicDefinition(String name, int partitions, Map<String, String> configs) {
    }

    public static TopicCatalog fromClasspath() {
        try (var in = TopicCatalog.class.getResourceAsStream("/kafka/topics.conf")) {
            if (in == null) {
                throw new IllegalStateException("kafka/topics.conf is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TopicCatalog parse(List<String> lines) {
        var topics = new ArrayList<TopicDefinition>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length < 2) {
                throw new IllegalArgumentException("Bad topic line (name partitions [configs]): " + line);
            }
            var configs = new LinkedHashMap<String, String>();
            if (fields.length > 2) {
                for (String pair : fields[2].split(",")) {
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("Bad topic config '" + pair + "' in: " + line);
                    }
                    configs.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
            topics.add(new TopicDefinition(fields[0], Integer.parseInt(fields[1]), Map.copyOf(configs)));
        }
        return new TopicCatalog(List.copyOf(topics));
    }

    public TopicDefinition get(String name) {
        return topics.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Topic not declared in kafka/topics.conf: " + name));
    }
}
