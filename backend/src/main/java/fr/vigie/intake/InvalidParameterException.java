package fr.vigie.intake;

/** A query parameter at fault, answered 400 naming it (like the type and range checks of Spring MVC). */
class InvalidParameterException extends RuntimeException {

    private final String parameter;

    InvalidParameterException(String parameter, String message) {
        super(message, null, false, false);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
