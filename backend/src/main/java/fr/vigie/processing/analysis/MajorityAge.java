package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The age that majority said with a distance in time implies: "dans un an je serai majeure" →
 * 17, "encore un an et je suis majeure" → 17, "majeure le 14 janvier" → 17 (a day to come: a past one is "depuis"), "majeure dans quatre mois" → 17, "majeure l'an prochain" → 17, "majeure depuis trois jours" (or "depuis hier", "depuis vendredi", "depuis le 14")
 * → 18, "majeur depuis deux ans" → 20; time left before it, said of majority or of "ma majorité" ("il me reste deux
 * ans avant ma majorité" → 16, "il me manque deux ans pour être majeure" → 16). Majority with no distance ("bientôt
 * majeure", "pas majeure") says the person is a minor, which the rules read from the words, but gives no age;
 * majority denied in answer to its question ("Majeure ? Non.") is an age not reached ({@code UNDER} 18).
 */
final class MajorityAge {

    /** The age of majority in France. */
    static final int MAJORITY = 18;
    private static final int WINDOW = 6;
    private static final Set<String> MAJOR = Lookup.set(Set.of("majeur", "majeure"));
    private static final Set<String> YEARS = Lookup.set(Set.of("an", "ans", "annee", "annees"));
    private static final Set<String> SHORT = Lookup.set(Set.of("mois", "semaine", "semaines", "jour", "jours"));
    private static final Set<String> NEGATIONS = Lookup.set(Set.of("pas", "jamais", "non"));

    private MajorityAge() {
    }

    static List<AgeMention> extract(String original, List<Token> tokens, TokenNumbers numbers) {
        List<AgeMention> ages = List.of();
        for (int m = 0; m < tokens.size(); m++) {
            String major = tokens.get(m).word();
            // the first letter before the set: this loop sees every token of every report
            int end = major.equals("pas") ? notEighteenBefore(tokens, numbers, m) : -1;
            if (end > 0) {
                ages = ages.isEmpty() ? new ArrayList<>() : ages;
                ages.add(mention(original, tokens, m, end, MAJORITY - 1)); // "pas 18 avant l'été": 17 now
                m = end - 1;
                continue;
            }
            if (major.length() < 6 || major.charAt(0) != 'm') {
                continue;
            }
            // "avant ma majorité": the noun counts only after a possessive ("la majorité des clients" is no one's)
            boolean noun = major.equals("majorite") && m >= 1 && POSSESSIVE.contains(tokens.get(m - 1).word());
            if (!noun && (!MAJOR.contains(major) || negated(tokens, m))) {
                continue;
            }
            AgeMention age = noun ? null : deniedInAnswer(original, tokens, m);
            if (age == null && !noun) {
                age = onADate(original, tokens, numbers, m);
            }
            for (int k = Math.max(0, m - WINDOW); k < Math.min(tokens.size(), m + WINDOW) && age == null; k++) {
                if (k == m || !Sentences.same(original, tokens, k, m) && !(k > m && answeredAfter(original, tokens, m, k))) {
                    continue;
                }
                String word = tokens.get(k).word();
                // "encore un an et je suis majeure", "il me reste deux ans avant ma majorité", "il me manque deux ans
                // pour être majeure", "plus qu'un an avant d'être majeure": time left, counted before the word
                boolean in = word.equals("dans") || k < m && (COUNTDOWN.contains(word)
                        || (word.equals("que") || word.equals("qu")) && k >= 1 && tokens.get(k - 1).word().equals("plus"));
                boolean since = word.equals("depuis") && k > m && !noun;
                int dayEnd = since && k == m + 1 ? AgeSinceOrUntil.timeEnd(tokens, numbers, k + 1) : -1; // "depuis hier"
                if ((in || since) && k + 1 < tokens.size() && numbers.isNumber(k + 1)) {
                    var count = numbers.reading(k + 1);
                    int unit = k + 1 + count.tokens();
                    if (unit >= tokens.size() || count.value() < 1) {
                        continue;
                    }
                    boolean years = YEARS.contains(tokens.get(unit).word());
                    if (!years && !SHORT.contains(tokens.get(unit).word())) {
                        continue;
                    }
                    // "dans un an et demi": half a year more to wait, a year younger now; "dans dix-huit mois" likewise
                    boolean half = in && unit + 2 < tokens.size() && tokens.get(unit + 1).word().equals("et")
                            && HALF.contains(tokens.get(unit + 2).word());
                    boolean months = tokens.get(unit).word().equals("mois");
                    int value = in ? (years ? MAJORITY - count.value() - (half ? 1 : 0)
                                    : months ? MAJORITY - Math.max(1, (count.value() + 11) / 12) : MAJORITY - 1)
                            : (years ? MAJORITY + count.value() : MAJORITY);
                    age = mention(original, tokens, Math.min(m, k), Math.max(m, half ? unit + 2 : unit) + 1, value);
                } else if (dayEnd > 0) {
                    // "majeure depuis hier", "majeure depuis vendredi", "majeur depuis le 14": majority just reached, 18
                    age = mention(original, tokens, m, dayEnd, MAJORITY);
                } else if ((word.equals("prochain") || word.equals("prochaine")) && (k == m + 2
                        || k == m + 3 && ONLY.contains(tokens.get(m + 1).word())) && YEARS.contains(tokens.get(k - 1).word())) {
                    // "majeure l'an prochain", "majeure seulement l'année prochaine", "majeur qu'à l'an prochain"
                    age = mention(original, tokens, m, k + 1, MAJORITY - 1); // "majeure l'an prochain"
                }
            }
            if (age != null && age.value() >= AgeExtractor.MIN_AGE) {
                if (ages.isEmpty()) {
                    ages = new ArrayList<>();
                }
                ages.add(age);
            }
        }
        return ages;
    }

    private static final Set<String> HALF = Lookup.set(Set.of("demi", "demie"));
    /** After the "non" (or "pas"): a pause, the end, or "encore" ("non, pas encore"), not a word it qualifies. */
    private static boolean answerStandsAlone(String original, Token no) {
        if (no.word().equals("pas")) {
            return true;
        }
        int k = no.end();
        while (k < original.length() && Character.isWhitespace(original.charAt(k))) {
            k++;
        }
        return k == original.length() || ",.;!?…)".indexOf(original.charAt(k)) >= 0 || original.startsWith("encore", k);
    }

    /** At most this many words (a speaker's name) between the question on majority and its answer. */
    private static final int ANSWER_LABEL = 2;

    /**
     * "t'es majeure ? — Elle : dans deux mois": the question mark right after "majeure", then the answer, after at most
     * a speaker's name, in one sentence up to {@code k}.
     */
    private static boolean answeredAfter(String original, List<Token> tokens, int m, int k) {
        if (original.substring(tokens.get(m).end(), tokens.get(m + 1).start()).indexOf('?') < 0 || k - (m + 1) > ANSWER_LABEL + 1) {
            return false;
        }
        return Sentences.same(original, tokens, m + 1, k);
    }
    /** Before a count of time, words of time left ("encore", "il me reste", "il me manque"). */
    private static final Set<String> COUNTDOWN = Lookup.set(Set.of("encore", "reste", "restent", "manque", "manquent"));
    private static final Set<String> POSSESSIVE = Lookup.set(Set.of("ma", "sa", "ta", "leur"));
    /** The answer "no" to a question of majority ("Majeure ? Non.", "t'es majeure ? — non, pas encore"). */
    private static final Set<String> NO = Lookup.set(Set.of("non", "nan", "pas", "no", "nope"));

    /**
     * "Majeure ? Non.", "tu es majeure ? — non, pas encore": majority asked, then denied right after the question mark,
     * is an age not reached (under 18, kind {@code UNDER}); "Majeure, non fumeuse" asks nothing.
     */
    private static AgeMention deniedInAnswer(String original, List<Token> tokens, int m) {
        if (m + 1 >= tokens.size() || !NO.contains(tokens.get(m + 1).word())) {
            return null;
        }
        String between = original.substring(tokens.get(m).end(), tokens.get(m + 1).start());
        // "Majeure ? Non.", "on me demande si je suis majeure : non, et alors ?": asked, then answered; the answer
        // stands alone ("Majeure : non-fumeuse" answers nothing)
        if (between.indexOf('?') < 0 && between.indexOf(':') < 0 || !answerStandsAlone(original, tokens.get(m + 1))) {
            return null;
        }
        return new AgeMention(MAJORITY, AgeMention.Kind.UNDER,
                Evidence.of(original, tokens.get(m).start(), tokens.get(m + 1).end()), m, m + 2, true);
    }

    /** Between "majeure" and the year to come: a word that says it is no sooner. */
    private static final java.util.Set<String> ONLY = Lookup.set(java.util.Set.of("seulement", "juste", "que", "qu",
            "qua", "uniquement"));

    /** "majeure le 14 janvier", "majeur le quatorze mars", "majeure en janvier": majority on a day to come → 17. */
    private static AgeMention onADate(String original, List<Token> tokens, TokenNumbers numbers, int m) {
        int k = m + 1;
        if (k + 1 >= tokens.size() || !Sentences.same(original, tokens, m, k + 1)) {
            return null;
        }
        String word = tokens.get(k).word();
        if (word.equals("en") && BirthYearExtractor.MONTHS.containsKey(tokens.get(k + 1).word())) {
            return mention(original, tokens, m, k + 2, MAJORITY - 1);
        }
        if (!word.equals("le") || !numbers.isNumber(k + 1)) {
            return null;
        }
        var day = numbers.reading(k + 1);
        int month = k + 1 + day.tokens();
        if (day.value() < 1 || day.value() > 31 || month >= tokens.size()
                || !BirthYearExtractor.MONTHS.containsKey(tokens.get(month).word())) {
            return null;
        }
        return mention(original, tokens, m, month + 1, MAJORITY - 1);
    }

    /**
     * "pas 18 avant l'été prochain", "pas encore dix-huit ans avant mars": eighteen denied until a time to come, so
     * seventeen now; the end of "avant" (exclusive), or -1.
     */
    private static int notEighteenBefore(List<Token> tokens, TokenNumbers numbers, int not) {
        int k = not + 1;
        if (k < tokens.size() && tokens.get(k).word().equals("encore")) {
            k++;
        }
        if (k >= tokens.size() || !numbers.isNumber(k) || numbers.reading(k).value() != MAJORITY) {
            return -1;
        }
        k += numbers.reading(k).tokens();
        if (k < tokens.size() && YEARS.contains(tokens.get(k).word())) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).word().equals("avant") ? k + 1 : -1;
    }

    private static AgeMention mention(String original, List<Token> tokens, int first, int end, int value) {
        return new AgeMention(value, AgeMention.Kind.STATED,
                Evidence.of(original, tokens.get(first).start(), tokens.get(end - 1).end()), first, end, true);
    }

    private static boolean negated(List<Token> tokens, int m) {
        for (int k = Math.max(0, m - 2); k < m; k++) {
            if (NEGATIONS.contains(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }
}
