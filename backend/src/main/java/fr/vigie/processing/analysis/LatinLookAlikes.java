package fr.vigie.processing.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.SpoofChecker;

/**
 * The Latin letter a letter of another script is drawn like ("m\u0456neure" with a Cyrillic
 * і, "mιneυre" with Greek iota and upsilon), from Unicode's confusables data (UTS #39, through
 * ICU's {@link SpoofChecker} skeletons) instead of a hand-made table: a skeleton maps every
 * character to the prototype it is confused with, and the ASCII letter whose skeleton is that
 * prototype is the one the writer wanted us to read.
 *
 * <p>Asked only about letters NFKC left outside ASCII and French's own letters (the slow path
 * of {@link NormalisedText}), and each answer is remembered: ICU is not called on plain text.
 */
final class LatinLookAlikes {

    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();
    /** An answer meaning "no Latin look-alike" (the cache cannot hold null). */
    private static final String NONE = "";
    private static final Map<Integer, String> KNOWN = new ConcurrentHashMap<>();
    /** Skeleton → ASCII letter, lower case; and the same for upper-case letters where they differ ("l" ← I). */
    private static final Map<String, Character> LOWER = new HashMap<>();
    private static final Map<String, Character> UPPER = new HashMap<>();

    static {
        for (char c = 'z'; c >= 'a'; c--) {
            LOWER.put(SKELETONS.getSkeleton(String.valueOf(c)), c);
        }
        for (char c = 'Z'; c >= 'A'; c--) {
            UPPER.put(SKELETONS.getSkeleton(String.valueOf(c)), c);
        }
    }

    private LatinLookAlikes() {
    }

    /** Whether a letter is worth asking about: not ASCII, not a letter French writes (é, ç, œ…). */
    static boolean isForeignLetter(int cp) {
        if (cp < 0x80 || !Character.isLetter(cp)) {
            return false;
        }
        boolean latin1Letter = cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7;
        return !latin1Letter && cp != 'œ' && cp != 'Œ' && cp != 'ÿ' && cp != 'Ÿ';
    }

    /** The ASCII letter {@code cp} is drawn like, or null. */
    static String of(int cp) {
        String known = KNOWN.computeIfAbsent(cp, LatinLookAlikes::lookUp);
        return known.isEmpty() ? null : known;
    }

    private static final Map<Integer, Boolean> BARS = new ConcurrentHashMap<>();
    private static final String BAR_I = SKELETONS.getSkeleton("I");
    private static final String BAR_L = SKELETONS.getSkeleton("l");

    /**
     * Whether {@code cp} is drawn as a plain vertical stroke, like I and l (Cyrillic palochka
     * "Ӏ", "ӏ"): which of the two the writer meant only the word tells ({@link Respelling}).
     */
    static boolean drawnAsBar(int cp) {
        return BARS.computeIfAbsent(cp, c -> {
            String skeleton = SKELETONS.getSkeleton(new String(Character.toChars(c)));
            return skeleton.equals(BAR_I) || skeleton.equals(BAR_L);
        });
    }

    private static String lookUp(int cp) {
        String skeleton = SKELETONS.getSkeleton(new String(Character.toChars(cp)));
        Character letter = Character.isUpperCase(cp) ? UPPER.getOrDefault(skeleton, LOWER.get(skeleton))
                : LOWER.getOrDefault(skeleton, UPPER.get(skeleton));
        if (letter == null) {
            return byName(cp);
        }
        // a lower-case look-alike reads as a lower-case letter ("і" is i, not the I whose skeleton it shares)
        char c = Character.isLowerCase(cp) ? Character.toLowerCase(letter) : letter;
        return String.valueOf(c);
    }

    /**
     * Letters the confusables do not map but whose Unicode name says which Latin letter they are
     * drawn as: small capitals ("LATIN LETTER SMALL CAPITAL M", ᴍɪɴᴇᴜʀᴇ), modifier and
     * subscript letters ("MODIFIER LETTER SMALL H", "LATIN SUBSCRIPT SMALL LETTER A").
     */
    private static String byName(int cp) {
        String name = UCharacter.getName(cp);
        if (name == null) {
            return NONE;
        }
        var letter = LETTER_NAME.matcher(name);
        return letter.matches() ? letter.group(1).toLowerCase(java.util.Locale.ROOT) : NONE;
    }

    private static final java.util.regex.Pattern LETTER_NAME = java.util.regex.Pattern.compile(
            "(?:LATIN|MODIFIER)(?: SUBSCRIPT)? (?:SMALL |CAPITAL )?LETTER (?:SMALL CAPITAL |SMALL |CAPITAL )?([A-Z])");
}
