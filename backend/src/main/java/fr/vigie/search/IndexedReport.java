package fr.vigie.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the search index holds of a report: one flat document, as Elasticsearch stores it. Built
 * by name ({@link #of(UUID)}), since most of its parts are strings that a positional call could
 * swap unseen.
 */
public record IndexedReport(
        UUID id,
        String text,
        String platform,
        String platformName,
        String priority,
        int score,
        String status,
        Instant observedAt,
        Instant receivedAt,
        String city,
        String department,
        List<String> signalCodes,
        long revision,
        List<String> phones,
        List<String> handles,
        int sightings,
        List<String> decisions,
        List<String> terms) {

    public IndexedReport {
        signalCodes = signalCodes == null ? List.of() : List.copyOf(signalCodes);
        phones = phones == null ? List.of() : List.copyOf(phones);
        handles = handles == null ? List.of() : List.copyOf(handles);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        terms = terms == null ? null : List.copyOf(terms);
    }

    /**
     * The same document with the terms of its text already known (processing has them from its
     * analysis, the very chain {@link TextAnalysis} runs); left out (null), the index computes them.
     */
    public IndexedReport withTerms(List<String> terms) {
        return new IndexedReport(id, text, platform, platformName, priority, score, status, observedAt, receivedAt, city,
                department, signalCodes, revision, phones, handles, sightings, decisions, terms);
    }

    /** The document of this report, part by part. */
    public static Builder of(UUID id) {
        return new Builder(id);
    }

    /** Names each part of the document; what is not named stays null (or 0, or no signal). */
    public static final class Builder {

        private final UUID id;
        private String text;
        private String platform;
        private String platformName;
        private String priority;
        private int score;
        private String status;
        private Instant observedAt;
        private Instant receivedAt;
        private String city;
        private String department;
        private List<String> signalCodes = List.of();
        private long revision = ReportIndex.UNKNOWN_REVISION;
        private List<String> phones = List.of();
        private List<String> handles = List.of();
        private int sightings;
        private List<String> decisions = List.of();

        private Builder(UUID id) {
            this.id = id;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder platform(String platform) {
            this.platform = platform;
            return this;
        }

        public Builder platformName(String platformName) {
            this.platformName = platformName;
            return this;
        }

        public Builder priority(String priority) {
            this.priority = priority;
            return this;
        }

        public Builder score(int score) {
            this.score = score;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder observedAt(Instant observedAt) {
            this.observedAt = observedAt;
            return this;
        }

        public Builder receivedAt(Instant receivedAt) {
            this.receivedAt = receivedAt;
            return this;
        }

        public Builder city(String city) {
            this.city = city;
            return this;
        }

        public Builder department(String department) {
            this.department = department;
            return this;
        }

        public Builder signalCodes(List<String> signalCodes) {
            this.signalCodes = signalCodes;
            return this;
        }

        /**
         * The report's revision in the system of record (Elasticsearch's external version); left
         * out, the lowest, so that the document never overwrites one written from a known revision.
         */
        public Builder revision(long revision) {
            this.revision = revision;
            return this;
        }

        public Builder phones(List<String> phones) {
            this.phones = phones;
            return this;
        }

        public Builder handles(List<String> handles) {
            this.handles = handles;
            return this;
        }

        public Builder sightings(int sightings) {
            this.sightings = sightings;
            return this;
        }

        public Builder decisions(List<String> decisions) {
            this.decisions = decisions;
            return this;
        }

        public IndexedReport build() {
            return new IndexedReport(id, text, platform, platformName, priority, score, status, observedAt, receivedAt,
                    city, department, signalCodes, revision, phones, handles, sightings, decisions, null);
        }
    }
}
