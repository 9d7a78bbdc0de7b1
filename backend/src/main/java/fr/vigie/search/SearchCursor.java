package fr.vigie.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.FieldValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cursor of the next page: the sort values of the last result ({@code search_after}), with the
 * sort they belong to, as base64url JSON. Anything else is refused (400 naming {@code after}).
 */
final class SearchCursor {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SearchCursor() {
    }

    static String encode(boolean byDate, List<FieldValue> sortValues) {
        var values = new ArrayList<Object>();
        values.add(byDate ? "date" : "relevance");
        for (FieldValue v : sortValues) {
            values.add(v.isDouble() ? (Object) v.doubleValue() : v.isLong() ? (Object) v.longValue() : v.stringValue());
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsString(values).getBytes(StandardCharsets.UTF_8));
    }

    /** The sort values, if the cursor is one of this sort's. */
    static Optional<List<Object>> decode(String cursor, boolean byDate) {
        try {
            if (cursor.length() > 400) {
                return Optional.empty();
            }
            JsonNode node = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            int expected = byDate ? 3 : 4;
            if (!node.isArray() || node.size() != expected || !node.get(0).asString("").equals(byDate ? "date" : "relevance")) {
                return Optional.empty();
            }
            var values = new ArrayList<Object>();
            int i = 1;
            if (!byDate) {
                if (!node.get(i).isNumber()) {
                    return Optional.empty();
                }
                values.add(node.get(i++).asDouble());
            }
            if (!node.get(i).isIntegralNumber() || !node.get(i + 1).isString()) {
                return Optional.empty();
            }
            values.add(node.get(i).asLong());
            values.add(node.get(i + 1).asString());
            return Optional.of(values);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
