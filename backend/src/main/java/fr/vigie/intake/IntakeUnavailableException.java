package fr.vigie.intake;

/** Kafka did not acknowledge the report in time: nothing was promised to the submitter. */
class IntakeUnavailableException extends RuntimeException {

    IntakeUnavailableException(Throwable cause) {
        super("The intake log did not acknowledge the report", cause);
    }
}
