package fr.vigie.triage;

import java.util.UUID;

/**
 * In-process notice that the queue changed (a report arrived, was claimed or decided), with where
 * the report was seen so that each open workbench hears only of its own scope.
 */
public record QueueChanged(UUID reportId, String event, String platform, String department) {
}
