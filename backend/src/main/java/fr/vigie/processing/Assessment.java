package fr.vigie.processing;

import java.util.List;

import fr.vigie.triage.PriorityBand;
import fr.vigie.triage.ReportEntities;
import fr.vigie.triage.Signal;

/** The outcome of assessing a report, in triage's terms: band, score, why, what was found. */
record Assessment(PriorityBand band, int score, List<Signal> signals, ReportEntities entities, String fingerprint,
        String rulesVersion) {
}
