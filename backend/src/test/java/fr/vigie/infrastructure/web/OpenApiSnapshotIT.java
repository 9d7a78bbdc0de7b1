package fr.vigie.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import fr.vigie.support.EmbeddedServersTest;

/**
 * The front end's API types are generated from {@code frontend/openapi/vigie.json}, a snapshot
 * of the workbench group of the description this server publishes. This test fails when the
 * two differ, so a change of the API cannot reach the front end unseen. With
 * {@code -Dvigie.openapi.update=true} it rewrites the snapshot instead
 * ({@code frontend/scripts/update-openapi.sh} does that, then regenerates the types).
 */
class OpenApiSnapshotIT extends EmbeddedServersTest {

    static final Path SNAPSHOT = Path.of("..", "frontend", "openapi", "vigie.json");
    static final String UPDATE = "vigie.openapi.update";

    /** Sorted keys: the snapshot's text depends on the description only, not on the order it was built in. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    @Test
    void theCommittedSnapshotIsWhatTheServerDescribes() throws IOException {
        var answer = api().get("/v3/api-docs/workbench");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode served = withoutServers(answer.body());

        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(SNAPSHOT.getParent());
            Files.writeString(SNAPSHOT, JSON.writeValueAsString(served) + "\n", StandardCharsets.UTF_8);
            return;
        }
        assertThat(Files.exists(SNAPSHOT)).as("%s is missing: run frontend/scripts/update-openapi.sh", SNAPSHOT).isTrue();
        JsonNode committed = withoutServers(JSON.readTree(Files.readString(SNAPSHOT, StandardCharsets.UTF_8)));
        assertThat(differences(committed, served, ""))
                .as("The workbench API description changed (JSON pointers below). Run frontend/scripts/update-openapi.sh "
                        + "(it rewrites frontend/openapi/vigie.json and frontend/src/lib/api/schema.d.ts), check the diff, "
                        + "commit both.")
                .isEmpty();
    }

    /** Where two descriptions differ, as JSON pointers: readable where a whole-document diff is not. */
    private static List<String> differences(JsonNode committed, JsonNode served, String pointer) {
        if (committed.equals(served)) {
            return List.of();
        }
        if (committed.isObject() && served.isObject()) {
            var names = new TreeSet<>(committed.propertyNames());
            names.addAll(served.propertyNames());
            var found = new ArrayList<String>();
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!committed.has(name) || !served.has(name)) {
                    found.add(child + (committed.has(name) ? " (gone)" : " (new)"));
                } else {
                    found.addAll(differences(committed.get(name), served.get(name), child));
                }
            }
            return found;
        }
        return List.of(pointer.isEmpty() ? "/" : pointer);
    }

    /** The server's address is the test's random port: not part of the contract. */
    private static JsonNode withoutServers(JsonNode description) {
        var copy = (ObjectNode) description.deepCopy();
        copy.remove("servers");
        return copy;
    }
}
