package fr.vigie.infrastructure.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.AbstractJacksonHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every JSON body bound by Jackson (workbench and administration alike) is read once as a token
 * stream before binding, and each string in it — values and names, at any depth, in records, maps
 * or trees — must be {@link StorableText storable}; otherwise 422 naming each field at fault, and
 * the handler never runs. Bodies the handler reads itself (the partner API's {@code byte[]}) are
 * checked by their own parser. Malformed JSON is left to the binding, which answers 400.
 */
@ControllerAdvice
class StorableBodies extends RequestBodyAdviceAdapter {

    private final JsonMapper json;

    StorableBodies(JsonMapper json) {
        this.json = json;
    }

    /** Strings of the body that cannot be stored: one problem per field. */
    static final class UnstorableTextException extends RuntimeException {
        private final transient List<FieldProblem> problems;

        UnstorableTextException(List<FieldProblem> problems) {
            super("Unstorable text in the request body", null, false, false);
            this.problems = List.copyOf(problems);
        }

        List<FieldProblem> problems() {
            return problems;
        }
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
        return AbstractJacksonHttpMessageConverter.class.isAssignableFrom(converter);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converter) throws IOException {
        byte[] body = message.getBody().readAllBytes();
        var problems = problems(body);
        if (!problems.isEmpty()) {
            throw new UnstorableTextException(problems);
        }
        var headers = message.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    private List<FieldProblem> problems(byte[] body) {
        var problems = new ArrayList<FieldProblem>();
        // read as characters: Jackson's byte reader cannot even name a field whose name is not text
        try (var parser = json.createParser(new String(body, StandardCharsets.UTF_8))) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME) {
                    // the name itself is never echoed: it may be the very text that cannot be written back
                    StorableText.fault(parser.currentName()).ifPresent(fault -> problems.add(new FieldProblem(
                            path(parser.streamReadContext().getParent()), "nom de champ / field name: " + fault)));
                } else if (token == JsonToken.VALUE_STRING) {
                    StorableText.fault(parser.getString()).ifPresent(fault -> problems.add(
                            new FieldProblem(path(parser.streamReadContext()), fault)));
                }
            }
        } catch (JacksonException malformed) {
            // not JSON: the binding reports it, as for any other body
        }
        return problems;
    }

    /** {@code decision.reason}, {@code reportIds[2]}; {@code body} for the document itself. */
    private static String path(TokenStreamContext context) {
        var segments = new ArrayList<String>();
        for (var c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.addFirst("[" + c.getCurrentIndex() + "]");
            } else if (c.currentName() != null) {
                segments.addFirst("." + (StorableText.fault(c.currentName()).isPresent() ? "?" : c.currentName()));
            }
        }
        String path = String.join("", segments);
        if (path.startsWith(".")) {
            path = path.substring(1);
        }
        return path.isEmpty() ? "body" : path;
    }
}
