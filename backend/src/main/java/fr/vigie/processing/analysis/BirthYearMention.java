package fr.vigie.processing.analysis;

/**
 * A stated birth year (or date) and the age it gives at the time the ad was seen.
 * When only the year is known, {@code age} is the youngest possible one (birthday not yet
 * reached): missing a minor costs more than checking an adult.
 */
record BirthYearMention(int year, int age, Evidence evidence, int firstToken, int endToken) {
}
