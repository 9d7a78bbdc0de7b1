package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A person's age and sex letter said in one breath after the word that presents her, as chat writes a profile
 * inside a sentence: "moi 19/h, ma copine 17/f", "jsuis 15 f sur bordo", "chui 16 f vers Tours". The chat-profile
 * reader needs a place or bars around the fields; here the presenting word before makes the number someone's, so a
 * pause, the end or a place preposition after the letter is enough. "h" and "m" only after a slash: "moi 19 h" is a
 * time, "16 m" a length.
 */
final class AgeAndSexLetter {

    private static final int MIN = 10;
    private static final int MAX = 60;
    private static final Set<String> LETTERS = Lookup.set(Set.of("f", "h", "m", "g"));
    private static final Set<String> PLACE_WORDS = Lookup.set(Set.of("sur", "vers", "a", "de", "dans", "en", "pres", "cote"));

    private AgeAndSexLetter() {
    }

    static List<AgeMention> extract(String original, List<Token> tokens) {
        List<AgeMention> ages = List.of();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token number = tokens.get(i);
            if (!number.isNumber() || number.word().length() != 2 || number.intValue() < MIN || number.intValue() > MAX) {
                continue;
            }
            String lead = tokens.get(i - 1).word();
            // chat's "je suis", or a word for a person ("moi", "elle", "ma copine": the rules' person words)
            if (!AgeExtractor.CHAT_JE_SUIS.contains(lead) && !AgeExtractor.isPersonWord(lead)) {
                continue;
            }
            Token letter = tokens.get(i + 1);
            if (!LETTERS.contains(letter.word()) || letter.end() - letter.start() != 1) {
                continue;
            }
            String gap = original.substring(number.end(), letter.start());
            boolean slash = gap.strip().equals("/");
            if (!slash && !(gap.equals(" ") && letter.word().equals("f"))) {
                continue;
            }
            if (!endsTheProfile(original, tokens, i + 1)) {
                continue;
            }
            if (ages.isEmpty()) {
                ages = new ArrayList<>();
            }
            ages.add(new AgeMention(number.intValue(), AgeMention.Kind.STATED,
                    Evidence.of(original, number.start(), letter.end()), i, i + 2, true));
            i++;
        }
        return ages;
    }

    /** After the letter: the end, a pause, or a place preposition ("sur Lyon", "vers Tours"). */
    private static boolean endsTheProfile(String original, List<Token> tokens, int letter) {
        int from = tokens.get(letter).end();
        if (letter + 1 >= tokens.size()) {
            return original.substring(from).isBlank() || !Character.isLetterOrDigit(original.substring(from).strip().charAt(0));
        }
        String gap = original.substring(from, tokens.get(letter + 1).start()).strip();
        return !gap.isEmpty() && ",;.!?)|".indexOf(gap.charAt(0)) >= 0 || gap.isEmpty()
                && PLACE_WORDS.contains(tokens.get(letter + 1).word());
    }
}
