package fr.vigie.intake;

/** The body is not a readable JSON document; {@link #getMessage()} never quotes it. */
class MalformedBodyException extends RuntimeException {

    MalformedBodyException(String message) {
        super(message, null, false, false);
    }
}
