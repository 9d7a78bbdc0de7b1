package fr.vigie.support;

/**
 * One line of a bad-input table: a request a person sends and the refusal it must get (status,
 * and the field or parameter the problem names, or null). {@code headers} are name/value pairs.
 */
public record BadRequest(String name, String method, String path, String body, int status, String field,
        String... headers) {

    /** A body the API must refuse with 422 naming {@code field}. */
    public static BadRequest body(String name, String method, String path, String body, String field) {
        return new BadRequest(name, method, path, body, 422, field);
    }

    public static BadRequest get(String name, String path, int status, String field) {
        return new BadRequest(name, "GET", path, null, status, field);
    }

    @Override
    public String toString() {
        return name;
    }
}
