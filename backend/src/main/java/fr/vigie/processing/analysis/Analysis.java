package fr.vigie.processing.analysis;

import java.util.List;

/**
 * The outcome of analysing one report: band and score (the queue's order), the signals that
 * fired with their evidence (the worker's "why"), the entities, the fingerprint of the
 * normalised text (same text however disguised → same fingerprint, for duplicates), and the
 * version of the rules that produced it (for rescoring).
 */
public record Analysis(Band band, int score, List<FiredSignal> signals, Entities entities, String fingerprint,
        String rulesVersion) {

    public Analysis {
        signals = List.copyOf(signals);
    }

    /** The same verdict with other entities (e.g. those of the contacts the reporter listed added). */
    public Analysis withEntities(Entities entities) {
        return new Analysis(band, score, signals, entities, fingerprint, rulesVersion);
    }
}
