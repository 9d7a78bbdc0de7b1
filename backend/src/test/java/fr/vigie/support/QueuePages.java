package fr.vigie.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * The whole queue a worker can page through, walked by each page's {@code next} as the workbench does.
 * The embedded servers are shared by every IT of a run, so the open queue soon grows past one page of
 * 200: a test that looks for its report on the first page only passes or fails by the order suites ran in.
 */
public final class QueuePages {

    private QueuePages() {
    }

    /** Every item of {@code /api/v1/queue?limit=200&…query}, page after page. */
    public static List<JsonNode> items(VigieApi api, String query) {
        var items = new ArrayList<JsonNode>();
        String after = null;
        do {
            var response = api.get("/api/v1/queue?limit=200" + (query.isEmpty() ? "" : "&" + query)
                    + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8)));
            assertThat(response.status()).isEqualTo(200);
            response.body().get("items").forEach(items::add);
            after = response.body().hasNonNull("next") ? response.body().get("next").asString() : null;
        } while (after != null);
        return items;
    }

    public static List<String> ids(VigieApi api, String query) {
        return items(api, query).stream().map(i -> i.get("id").asString()).toList();
    }

    /** The report's row in the queue, or null when it is not there. */
    public static JsonNode item(VigieApi api, UUID id) {
        return items(api, "").stream().filter(i -> i.get("id").asString().equals(id.toString())).findFirst().orElse(null);
    }
}
