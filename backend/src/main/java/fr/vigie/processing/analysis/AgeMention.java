package fr.vigie.processing.analysis;

/**
 * An age read in the text, with the tokens it spans ({@code firstToken} inclusive,
 * {@code endToken} exclusive) so that rules can look at its context.
 *
 * @param kind {@code STATED} ("16 ans", "j'ai 15"), {@code RANGE} (a bound of "15 à 17 ans":
 *             an audience, not a person), {@code THRESHOLD} ("-18 ans", "18+": a limit) or
 *             {@code AT_EVENT} ("à 17 ans": the age at which something happened or happens, not
 *             the age the writer is now) or {@code PAST} ("quand j'avais 16 ans": an age someone had, with
 *             nothing to say how long ago) or {@code REFERENCE} (someone else's age another age is
 *             counted from: "ma sœur qui en a 18" in "j'ai deux ans de moins que ma sœur qui en a 18") or
 *             {@code UNDER} (an age not reached, an upper bound said of a person: "j'ai pas 18 ans", "moins de 18 ans",
 *             "j'ai -18"; see {@link AgeNotReached}) or {@code SOUGHT} (the age of the profile a writer looks for: "H 45 ch F 15";
 *             see {@link SoughtProfile})
 * @param presented whether the age is said of a person named or designated right before it ("Léa 17
 *             ans", "jeune fille de 16 ans", "ma copine 17,", a chat profile): the text presents
 *             someone, which a rule's required context may accept ({@code "entities": ["presentation"]})
 */
record AgeMention(int value, Kind kind, Evidence evidence, int firstToken, int endToken, boolean presented) {

    enum Kind { STATED, RANGE, THRESHOLD, AT_EVENT, PAST, REFERENCE, DURATION, UNDER, SOUGHT }
}
