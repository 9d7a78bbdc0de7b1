package fr.vigie.processing.analysis;

import java.util.List;

/**
 * A rule that fired on a report, with its French label for the worker and the ranges of the
 * original text that made it fire (empty when it fired on metadata, like the reporter's concern).
 */
public record FiredSignal(String code, String label, int weight, List<Evidence> evidence) {

    public FiredSignal {
        evidence = List.copyOf(evidence);
    }
}
