package fr.vigie.processing;

import java.util.List;
import java.util.UUID;

/**
 * What publishing candidate rules would do to the open reports: how many change band, and some
 * of them as examples.
 */
record RulePreview(String version, int openReports, int changedBand, List<Change> examples) {

    public record Change(UUID id, String from, String to) {
    }
}
