package fr.vigie.infrastructure.web;

import tools.jackson.core.JacksonException;

/** Where in a JSON body Jackson stopped: {@code decision.reason}, {@code reportIds[2]}, or {@code body}. */
final class BodyPaths {

    private BodyPaths() {
    }

    static String of(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(StorableText.fault(reference.getPropertyName()).isPresent() ? "?" : reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
