package fr.vigie.processing;

/** A record on the intake topic that is not a readable report; its message carries no content. */
class UnreadableRecordException extends RuntimeException {

    UnreadableRecordException(String topic, int partition, long offset, String reason) {
        super("Record " + topic + "-" + partition + "@" + offset + " is not a readable report (" + reason + ")", null, false, false);
    }
}
