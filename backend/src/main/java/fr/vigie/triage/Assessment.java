package fr.vigie.triage;

import java.util.List;

/**
 * How a report was assessed, in triage's terms: its band and score (the queue's order), the
 * signals that fired (the worker's "why"), what was found in it, the fingerprint of its
 * normalised text (to recognise the same ad however disguised) and the rules that said so.
 */
public record Assessment(PriorityBand priority, int score, List<Signal> signals, ReportEntities entities,
        String fingerprint, String rulesVersion) {

    public Assessment {
        signals = List.copyOf(signals);
        entities = entities == null ? ReportEntities.none() : entities;
    }
}
