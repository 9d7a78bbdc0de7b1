package fr.vigie.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request body as strict UTF-8 JSON: invalid byte sequences and duplicate keys are
 * refused (a duplicate key hides which value counts). Errors give a position, never content.
 */
final class JsonBodies {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonBodies() {
    }

    static JsonNode read(byte[] body) {
        if (body == null || body.length == 0) {
            throw new MalformedBodyException("Corps de requête vide / Empty request body");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedBodyException("Le corps n'est pas de l'UTF-8 valide / The body is not valid UTF-8");
        }
        try {
            return STRICT.readTree(text);
        } catch (JacksonException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " (ligne/line " + location.getLineNr() + ", colonne/column " + location.getColumnNr() + ")";
            throw new MalformedBodyException("JSON invalide / Malformed JSON" + where);
        }
    }
}
