package fr.vigie.triage;

/**
 * What recording one delivered report did and, for a new report ({@link Recording#CREATED}), the
 * document the search index keeps of it at the revision it was inserted with — what
 * {@link ReportSnapshots} would read back, built from what the recording already holds. Processing
 * indexes it itself, so the index feed need not index the report again on its {@code RECORDED}
 * event (ADR 0017, amended).
 *
 * @param indexable the new report as the index keeps it; null for any other recording
 */
public record Recorded(Recording recording, IndexableReport indexable) {

    static Recorded of(Recording recording) {
        return new Recorded(recording, null);
    }
}
