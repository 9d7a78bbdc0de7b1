package fr.vigie.triage;

import java.util.UUID;

/** In-process notice that the queue changed (a report arrived, was claimed or decided). */
record QueueChanged(UUID reportId, String event) {
}
