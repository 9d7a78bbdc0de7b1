package fr.vigie.infrastructure.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** How to name a query or path parameter in a problem, and what it should have been. */
final class ParameterTypes {

    private ParameterTypes() {
    }

    /** The name the caller used: the annotation's, else the Java parameter's. */
    static String name(MethodParameter parameter) {
        var param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        var variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable != null && !variable.name().isEmpty()) {
            return variable.name();
        }
        var header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        return parameter.getParameterName() == null ? "?" : parameter.getParameterName();
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "valeur invalide / invalid value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "nombre entier attendu / an integer is expected";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true ou false attendu / true or false is expected";
        }
        if (type == UUID.class) {
            return "identifiant UUID attendu / a UUID is expected";
        }
        if (type == Instant.class) {
            return "date ISO 8601 attendue, p. ex. 2026-11-27T21:14:00Z / an ISO 8601 instant is expected, e.g. 2026-11-27T21:14:00Z";
        }
        if (type == LocalDate.class) {
            return "date attendue, p. ex. 2026-11-27 / a date is expected, e.g. 2026-11-27";
        }
        if (type.isEnum()) {
            String values = Arrays.stream(type.getEnumConstants()).map(v -> ((Enum<?>) v).name()).collect(Collectors.joining(", "));
            return "valeur attendue parmi " + values + " / one of " + values + " is expected";
        }
        return "valeur invalide / invalid value";
    }
}
