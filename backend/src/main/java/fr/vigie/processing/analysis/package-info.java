/**
 * Analysis: turns a report's text into a band (P1..P4), a score, the signals that fired with
 * their evidence in the original text, the entities, and a fingerprint. Pure Java: no Spring,
 * database, Kafka or index; processing calls it, the rules can come from anywhere.
 *
 * <p>Public API: {@link fr.vigie.processing.analysis.ReportAnalyser#analyse} →
 * {@link fr.vigie.processing.analysis.Analysis} ({@link fr.vigie.processing.analysis.Band},
 * {@link fr.vigie.processing.analysis.FiredSignal}, {@link fr.vigie.processing.analysis.Evidence},
 * {@link fr.vigie.processing.analysis.Entities}); {@link fr.vigie.processing.analysis.RuleSet}
 * (the rules as versioned JSON data, shipped defaults in {@code analysis/default-rules.json},
 * format in {@code analysis/README.md}); {@link fr.vigie.processing.analysis.VigieFrenchAnalyzer}
 * (the Lucene chain, for whoever needs the same tokens) and
 * {@link fr.vigie.processing.analysis.NormalisedText}.
 *
 * <p>Owns: undoing disguises (invisible characters, keycaps, NFKC, marks NFKC cannot compose,
 * look-alike letters from Unicode's confusables, spaced letters and digits, leetspeak, repeated
 * letters, SMS spellings), French normalisation, number words and dates, entity extraction
 * (E.164 phones, handles, ages, birth years, school levels, places), rule evaluation (with the
 * contexts that say whether someone is offered) and the band table. Offsets always refer to
 * the original text, so that a worker sees the ad's own words highlighted.
 */
package fr.vigie.processing.analysis;
