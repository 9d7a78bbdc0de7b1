package fr.vigie.processing;

import java.util.List;

import fr.vigie.triage.PriorityBand;
import fr.vigie.triage.Signal;

/** The outcome of assessing a report: its band, its score, and why. */
record Assessment(PriorityBand band, int score, List<Signal> signals) {
}
