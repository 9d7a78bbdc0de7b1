package fr.vigie.triage;

import java.util.UUID;

/**
 * In-process notice that a report arrived, was claimed or decided (with where it was seen), heard
 * after commit by shifts' alert sweep on the instance that made the change. The live queue of
 * every instance does not use it: it hears the same change from Kafka ({@link ReportEvent}).
 */
public record QueueChanged(UUID reportId, String event, String platform, String department) {
}
