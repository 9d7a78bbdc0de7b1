package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The profile a writer looks for, chat-style, after a verb of seeking: "H 45 ch F 15", "JH 30 cherche F 16 17 ans",
 * "cherche meuf 14". The age is the sought person's ({@link AgeMention.Kind#SOUGHT}), not the writer's: rules read
 * it as a minor sought, never as a minor offering herself nor as the writer's age. Only a sex letter or a word for a
 * person right after the verb (an article or "jeune" between) opens such a profile, so "ch. joueuses F 15" (a club's
 * team) or "ch. baby-sitter F 20 ans min." (a job) are not one.
 */
final class SoughtProfile {

    private static final Set<String> SEEKING = Lookup.set(Set.of("cherche", "ch", "recherche", "rech", "cherchons",
            "cherchent", "cherches", "chrch", "chche"));
    private static final Set<String> BEFORE_PERSON = Lookup.set(Set.of("une", "un", "1", "jeune", "petite", "ptite"));
    private static final Set<String> PERSONS = Lookup.set(Set.of("f", "jf", "fille", "meuf", "nana", "h", "m", "g", "jh",
            "mec", "gars", "garcon"));
    private static final int MIN_AGE = 10;
    private static final int MAX_AGE = 99;

    private SoughtProfile() {
    }

    static List<AgeMention> extract(String original, List<Token> tokens, TokenNumbers numbers) {
        List<AgeMention> found = List.of();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!SEEKING.contains(tokens.get(i).word())) {
                continue;
            }
            int person = i + 1;
            if (BEFORE_PERSON.contains(tokens.get(person).word()) && person + 2 < tokens.size()) {
                person++;
            }
            if (!PERSONS.contains(tokens.get(person).word())) {
                AgeMention reversed = ageThenSex(original, tokens, numbers, i);
                if (reversed != null) {
                    found = found.isEmpty() ? new ArrayList<>() : found;
                    found.add(reversed);
                    i = reversed.endToken() - 1;
                }
                continue;
            }
            int at = person + 1;
            int end = at;
            var ages = new ArrayList<Integer>(2);
            while (at < tokens.size() && ages.size() < 2) {
                var reading = numbers.reading(at);
                if (reading == null || reading.value() < MIN_AGE || reading.value() > MAX_AGE) {
                    break;
                }
                ages.add(reading.value());
                end = at + reading.tokens();
                at = end;
                if (at < tokens.size() && (tokens.get(at).word().equals("a") || tokens.get(at).word().equals("ou"))) {
                    at++; // "F 16 à 17", "F 16 ou 17"
                }
            }
            if (ages.isEmpty()) {
                continue;
            }
            if (end < tokens.size() && tokens.get(end).word().equals("ans")) {
                end++;
            }
            if (end < tokens.size() && (tokens.get(end).isNumber() || tokens.get(end).word().equals("min")
                    || tokens.get(end).word().equals("minimum") || tokens.get(end).word().equals("mini"))) {
                continue; // a phone or a date goes on; "F 20 ans min." is a minimum age, a condition
            }
            if (found.isEmpty()) {
                found = new ArrayList<>();
            }
            var evidence = Evidence.of(original, tokens.get(i).start(), tokens.get(end - 1).end());
            for (int age : ages) {
                found.add(new AgeMention(age, AgeMention.Kind.SOUGHT, evidence, i, end, false));
            }
            i = end - 1;
        }
        return found;
    }
    /** Sex letters written after the age in a chat line ("ch 17 f", "cherche 16 f"). */
    private static final Set<String> SEX_LETTERS = Lookup.set(Set.of("f", "jf", "h", "m", "g", "jh"));

    /**
     * "40 h ch 17 f pour dîners", "24 m ch 16 f": the verb of seeking, then the age and the sex letter in the other
     * order, the line's own; the letter must end the profile (a pause, or no number or unit after it), so "ch 17 h" (an
     * hour) or "ch 2 f 3" are not one.
     */
    private static AgeMention ageThenSex(String original, List<Token> tokens, TokenNumbers numbers, int verb) {
        int at = verb + 1;
        var reading = numbers.reading(at);
        if (reading == null || reading.value() < MIN_AGE || reading.value() > MAX_AGE || !tokens.get(at).isNumber()) {
            return null;
        }
        int letter = at + reading.tokens();
        if (letter >= tokens.size() || !SEX_LETTERS.contains(tokens.get(letter).word())
                || tokens.get(letter).word().equals("h") || tokens.get(letter).end() - tokens.get(letter).start() > 2) {
            return null; // "ch 17 h": an hour
        }
        int end = letter + 1;
        if (end < tokens.size() && (tokens.get(end).isNumber() || tokens.get(end).word().equals("ans"))) {
            return null;
        }
        var evidence = Evidence.of(original, tokens.get(verb).start(), tokens.get(letter).end());
        return new AgeMention(reading.value(), AgeMention.Kind.SOUGHT, evidence, verb, end, false);
    }
}
