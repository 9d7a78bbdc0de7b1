package fr.vigie.processing.analysis;

/**
 * An age read in the text, with the tokens it spans ({@code firstToken} inclusive,
 * {@code endToken} exclusive) so that rules can look at its context.
 *
 * @param kind {@code STATED} ("16 ans", "j'ai 15"), {@code RANGE} (a bound of "15 à 17 ans":
 *             an audience, not a person), {@code THRESHOLD} ("-18 ans", "18+": a limit) or
 *             {@code AT_EVENT} ("à 17 ans": the age at which something happened or happens, not
 *             the age the writer is now)
 */
record AgeMention(int value, Kind kind, Evidence evidence, int firstToken, int endToken) {

    enum Kind { STATED, RANGE, THRESHOLD, AT_EVENT }
}
