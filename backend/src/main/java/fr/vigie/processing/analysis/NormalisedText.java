package fr.vigie.processing.analysis;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's text with the character-level disguises undone, and for every character the
 * offset in the original text it came from: evidence shown to a worker must point at what the
 * ad really says, not at our rewriting of it.
 *
 * <p>Undone here, before any tokenizer sees the text, because they cut or hide words: zero-width
 * and other format characters, emoji keycaps ("1️⃣" is '1' U+FE0F U+20E3), fullwidth and other
 * compatibility forms (Unicode NFKC), marks NFKC cannot compose (strike-through, underline over
 * letters or digits), letters of other scripts drawn like Latin ones (Unicode's confusables,
 * {@link LatinLookAlikes}), UTF-8 read as Windows-1252 ({@link Mojibake}: "Ã©tÃ©"), '@' for 'a' inside a word, letters spaced out one by one ("m i n e u r e", "m.i.n.e.u.r.e",
 * "m/i/n/e/u/r/e"),
 * digits spaced out one by one ("1 6 ans"), and a number glued to its unit or joined to it by an underscore ("16ans", "16_ans", "3e",
 * "24h"), which is split so that the digits are not taken for leetspeak.
 */
public final class NormalisedText {

    private static final Pattern NUMBER_GLUED_TO_UNIT = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}_])(\\p{Nd}{1,3})_?(ans|an|a|yrs|yr|yo|y|piges|balais|berges|ème|eme|ieme|ième|em|e|è|ière|iere|ère|ere|er|re|nde|nd|h|j)(?![\\p{L}\\p{N}])");
    /**
     * Letters spaced out one by one, by marks or by a symbol or an emoji ("m✨i✨n✨e✨u✨r✨e", "l 💕 y 💕 c"); never
     * taking in the word "à" that follows them ("le b a h u t à 16 h").
     */
    private static final Pattern SPACED_LETTERS = Pattern.compile(
            "(?u)(?<![\\p{L}\\p{N}'’])\\p{L}(?:(?:[ .\\-_*·/,]{1,2}|[ ]?[\\p{So}&&[^\\x{0}-\\x{1FFF}]]\\x{FE0F}?[ ]?)(?![àÀ](?![\\p{L}\\p{N}]))\\p{L}){2,}(?![\\p{L}\\p{N}])");
    private static final Pattern SPACED_DIGITS = Pattern.compile(
            "(?u)(?<![\\p{L}\\p{N}.,])\\p{Nd}(?:[ \\u00A0]{1,2}\\p{Nd}){1,}(?![\\p{L}\\p{N}])");
    /**
     * "slash" said between two fields, as speech-to-text writes a chat profile read aloud ("quatorze slash f slash
     * Lens"): the mark it names. Lower case, as transcripts write it.
     */
    private static final Pattern SPOKEN_SLASH = Pattern.compile("(?u)(?<=[\\p{L}\\p{N}] )slash(?= [\\p{L}\\p{N}])");
    /**
     * The underscore said between two parts of a name, as a handle is dictated ("exemple underscore mia underscore
     * rose", "exemple tiret du bas lily"): the underscore it names, so that the name reads as one, as written.
     */
    private static final Pattern SPOKEN_UNDERSCORE = Pattern.compile(
            "(?u)(?<=[\\p{L}\\p{N}]) (?:underscore|tiret du bas|tiret bas) (?=[\\p{L}\\p{N}])");
    private static final Pattern AT_INSIDE_WORD = Pattern.compile("(?u)(?<=\\p{L})@(?=\\p{L})");
    /** The euro sign for an 'e' after a letter ("D€ux copin€s"): a price has its digits before the sign. */
    private static final Pattern EURO_IN_WORD = Pattern.compile("(?u)(?<=\\p{L})€(?![\\p{N}])");

    /** The keycap ten emoji: a number, which no confusables table gives as one. */
    private static final int KEYCAP_TEN = 0x1F51F;

    private final String original;
    private final String text;
    /** The same characters as {@link #text} in an array (at least as long): the candidate scans read it. */
    private final char[] chars;
    /** toOriginal[i] = offset in the original of normalised char i; one extra slot for the end. */
    private final int[] toOriginal;

    private NormalisedText(String original, String text, char[] chars, int[] toOriginal) {
        this.chars = chars;
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
    }

    public static NormalisedText of(String original) {
        return of(original, false);
    }

    /**
     * The same, with every pattern tried at every position (a plain {@code find()} loop), as the
     * reference the candidate scans are tested against: they may only skip where no match starts.
     */
    static NormalisedText ofTryingEveryPosition(String original) {
        return of(original, true);
    }

    private static NormalisedText of(String original, boolean everyPosition) {
        Builder characters = undoCharacterDisguises(original);
        NormalisedText step = characters.build(original);
        step = step.rewrite(NUMBER_GLUED_TO_UNIT, everyPosition ? null : Candidate.DIGIT_STARTING_A_NUMBER,
                NormalisedText::splitNumberFromUnit);
        step = step.rewrite(SPACED_LETTERS, everyPosition ? null : Candidate.SINGLE_LETTER_THEN_SEPARATOR,
                NormalisedText::joinSpacedLetters);
        step = step.rewrite(SPACED_DIGITS, everyPosition ? null : Candidate.DIGIT_THEN_SPACE,
                NormalisedText::keepLettersAndDigits);
        step = step.rewrite(SPOKEN_SLASH, everyPosition ? null : Candidate.SPOKEN_SLASH, (m, b, from) -> b.append('/', from));
        step = step.rewrite(SPOKEN_UNDERSCORE, everyPosition ? null : Candidate.SPOKEN_UNDERSCORE,
                (m, b, from) -> b.append('_', from));
        step = step.rewrite(AT_INSIDE_WORD, everyPosition ? null : Candidate.AT_SIGN, (m, b, from) -> b.append('a', from));
        step = step.rewrite(EURO_IN_WORD, everyPosition ? null : Candidate.EURO_SIGN, (m, b, from) -> b.append('e', from));
        return step;
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    /**
     * {@link #text()}'s characters, in an array that may be longer (only the first
     * {@code text().length()} count); not to be modified. Scanning an array character by
     * character is several times cheaper than {@code String.charAt}, and every extractor scans.
     */
    char[] chars() {
        return chars;
    }

    /** The original offset of a normalised offset ({@code text().length()} maps to the end). */
    public int toOriginal(int normalisedOffset) {
        return toOriginal[Math.max(0, Math.min(normalisedOffset, text.length()))];
    }

    /**
     * The original text behind a normalised range, trimmed of the spaces and invisible
     * characters that the range boundaries may have swallowed.
     */
    public Evidence evidence(int normalisedStart, int normalisedEnd) {
        return Evidence.of(original, toOriginal(normalisedStart), toOriginal(normalisedEnd));
    }

    static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT
                || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors (emoji presentation)
                || (cp >= 0xE0100 && cp <= 0xE01EF)
                || cp == 0x20E3 // combining enclosing keycap
                || cp == 0x034F; // combining grapheme joiner
    }

    /** U+1F1E6 REGIONAL INDICATOR SYMBOL LETTER A; Z is 25 further. */
    private static final int REGIONAL_INDICATOR_A = 0x1F1E6;

    private static boolean isRegionalIndicator(int cp) {
        return cp >= REGIONAL_INDICATOR_A && cp <= REGIONAL_INDICATOR_A + 25;
    }

    /**
     * A regional indicator with none glued before or after it: two side by side draw a flag ("🇫🇷"), one alone draws its
     * letter in a box, which is how "🇲 🇮 🇳 🇪 🇺 🇷 🇪" spells a word no filter reads.
     */
    private static boolean isLoneRegionalIndicator(String s, int i, int cp) {
        if (!isRegionalIndicator(cp)) {
            return false;
        }
        int after = i + Character.charCount(cp);
        boolean before = i >= 2 && isRegionalIndicator(s.codePointBefore(i));
        return !before && !(after < s.length() && isRegionalIndicator(s.codePointAt(after)));
    }

    private static Builder undoCharacterDisguises(String s) {
        var out = new Builder(s.length());
        int i = 0;
        while (i < s.length()) {
            int plain = plainRunEnd(s, i);
            if (plain > i) {
                out.appendOriginal(s, i, plain); // NFKC leaves these alone: the common case, copied in bulk
                i = plain;
                continue;
            }
            var repair = Mojibake.at(s, i);
            if (repair != null) { // "Ã©" is "é": UTF-8 read as Windows-1252 on its way here
                for (int k = 0; k < repair.text().length(); k++) {
                    out.append(repair.text().charAt(k), i);
                }
                i = repair.end();
                continue;
            }
            int cp = s.codePointAt(i);
            if (isInvisible(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            // a base character and its combining marks are one segment, so that NFKC can compose them
            int end = i + Character.charCount(cp);
            while (end < s.length() && isMarkOrInvisible(s.codePointAt(end))) {
                end += Character.charCount(s.codePointAt(end));
            }
            String replacement;
            if (cp == KEYCAP_TEN) {
                replacement = "10";
            } else if (isLoneRegionalIndicator(s, i, cp)) {
                replacement = String.valueOf((char) ('A' + cp - REGIONAL_INDICATOR_A)); // "🇲 🇮 🇳": letters, not flags
            } else {
                var segment = new StringBuilder(end - i);
                for (int k = i; k < end; ) { // a loop, not a stream of a substring: emojis and accents are many
                    int x = s.codePointAt(k);
                    if (!isInvisible(x)) {
                        segment.appendCodePoint(x);
                    }
                    k += Character.charCount(x);
                }
                replacement = isAscii(segment) ? segment.toString() : latinOf(Normalizer.normalize(segment, Normalizer.Form.NFKC));
            }
            for (int k = 0; k < replacement.length(); k++) {
                out.append(replacement.charAt(k), i);
            }
            i = end;
        }
        return out;
    }

    /**
     * After NFKC: the marks it could not compose with their letter are dropped ("1\u0336" struck
     * through, "m\u0332" underlined: a French letter takes its accents composed), and letters of
     * other scripts drawn like a Latin letter become that letter ({@link LatinLookAlikes}).
     */
    private static String latinOf(String composed) {
        StringBuilder out = null;
        for (int k = 0; k < composed.length(); ) {
            int cp = composed.codePointAt(k);
            int next = k + Character.charCount(cp);
            String latin = isMark(cp) ? "" : LatinLookAlikes.isForeignLetter(cp) ? LatinLookAlikes.of(cp) : null;
            if (latin != null && out == null) {
                out = new StringBuilder(composed.length()).append(composed, 0, k);
            }
            if (out != null) {
                if (latin != null) {
                    out.append(latin);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            k = next;
        }
        return out == null ? composed : out.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * The end of the run of characters from {@code i} that NFKC leaves alone: plain Latin ones
     * not followed by a combining mark (which would compose with the last of them).
     */
    private static int plainRunEnd(String s, int i) {
        int k = i;
        int length = s.length();
        while (k < length && isPlainLatin(s.charAt(k))) {
            k++;
        }
        if (k < length && k > i && (s.charAt(k) >= 0x300 || Mojibake.isLead(s.charAt(k - 1)) && Mojibake.isContinuation(s.charAt(k)))) {
            k--; // the last one may take a combining mark, or open a sequence misread as Windows-1252: the slow path decides
        }
        return k;
    }

    private static boolean isPlainLatin(char c) {
        return c < 0x80 || (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7);
    }

    private static boolean isMarkOrInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || isInvisible(cp);
    }

    private static boolean isAscii(CharSequence s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static void splitNumberFromUnit(Matcher m, Builder b, int from) {
        for (int k = m.start(1); k < m.end(1); k++) {
            b.append(k);
        }
        b.append(' ', m.start(2)); // the inserted space stands for the unit's first character
        for (int k = m.start(2); k < m.end(2); k++) {
            b.append(k);
        }
    }

    private static void keepLettersAndDigits(Matcher m, Builder b, int from) {
        for (int k = m.start(); k < m.end(); k++) {
            if (Character.isLetterOrDigit(b.sourceText.charAt(k))) {
                b.append(k);
            }
        }
    }

    /**
     * Letters spaced out, joined into words: "m i n e u r e" is one word, but where the letters of each word are joined
     * by hyphens or dots and the words by spaces ("d-e p-a-s-s-a-g-e"), a separator of spaces alone still ends a word.
     */
    private static void joinSpacedLetters(Matcher m, Builder b, int from) {
        boolean marked = false;
        boolean spaced = false;
        for (int k = m.start(); k < m.end(); ) {
            int end = k;
            while (end < m.end() && !Character.isLetterOrDigit(b.sourceText.charAt(end))) {
                end++;
            }
            if (end > k) {
                boolean spacesOnly = b.sourceText.substring(k, end).isBlank();
                spaced |= spacesOnly;
                marked |= !spacesOnly;
                k = end;
            } else {
                k++;
            }
        }
        boolean words = marked && spaced;
        int from0 = m.start();
        if (leadingVerbBeforeANumberWord(b.sourceText, m.start(), m.end())) {
            b.append(m.start()); // "elle a s e i z e ans": the verb "a" stays a word before the number spelled out
            b.append(m.start() + 1);
            from0 = m.start() + 2;
        }
        for (int k = from0; k < m.end(); k++) {
            char c = b.sourceText.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                b.append(k);
            } else if (words && c == ' ' && Character.isLetterOrDigit(b.sourceText.charAt(k - 1))
                    && b.sourceText.substring(k, nextLetterOrDigit(b.sourceText, k)).isBlank()) {
                b.append(k); // a space alone between two letters, the words' letters being joined by marks: a word ends
            }
        }
    }

    /**
     * The match opens with "a" or "à", a space, then letters spelling a number word ("a s e i z e"): the first letter is
     * the word before ("elle a", "à"), not the number's first letter.
     */
    private static boolean leadingVerbBeforeANumberWord(String text, int start, int end) {
        char first = Character.toLowerCase(text.charAt(start));
        if (first != 'a' && first != 'à' || start + 1 >= end || text.charAt(start + 1) != ' ') {
            return false;
        }
        var rest = new StringBuilder();
        for (int k = start + 2; k < end; k++) {
            if (Character.isLetter(text.charAt(k))) {
                rest.append(Character.toLowerCase(text.charAt(k)));
            }
        }
        return NumberWords.isNumberWord(rest.toString());
    }

    private static int nextLetterOrDigit(String text, int from) {
        int k = from;
        while (k < text.length() && !Character.isLetterOrDigit(text.charAt(k))) {
            k++;
        }
        return k;
    }

    @FunctionalInterface
    private interface Replacement {
        void write(Matcher match, Builder out, int matchStart);
    }

    /**
     * Where each pattern's match may start: a cheap test on the characters there, true wherever
     * the pattern could match (it may say yes more often: the pattern decides). The pattern is
     * then tried only at those positions, instead of the regex engine trying every position of
     * the text, four times over.
     */
    private enum Candidate {
        DIGIT_STARTING_A_NUMBER(new StartChars(StartChars.DIGITS, StartChars.NON_ASCII_DIGITS)),
        SINGLE_LETTER_THEN_SEPARATOR(null), // found by the separator that follows: nextBeforeSeparator
        DIGIT_THEN_SPACE(new StartChars(StartChars.DIGITS, StartChars.NON_ASCII_DIGITS)),
        AT_SIGN(null),
        EURO_SIGN(null),
        SPOKEN_SLASH(null),
        SPOKEN_UNDERSCORE(null);

        /** The first, cheapest test: a table look-up on the character itself. */
        final StartChars starts;

        Candidate(StartChars starts) {
            this.starts = starts;
        }
    }

    /** Called where {@code kind.starts} allows a match to start (the caller tested that). */
    private static boolean isCandidate(Candidate kind, String text, int i) {
        if (kind == Candidate.AT_SIGN) {
            return text.charAt(i) == '@';
        }
        if (kind == Candidate.EURO_SIGN) {
            return text.charAt(i) == '€';
        }
        if (kind == Candidate.SPOKEN_SLASH || kind == Candidate.SPOKEN_UNDERSCORE) {
            return true;
        }
        char c = text.charAt(i);
        if (kind == Candidate.SINGLE_LETTER_THEN_SEPARATOR && c < 0x80
                && (i + 1 >= text.length() || !isSpacingSeparator(text.charAt(i + 1)))) {
            return false; // an ASCII letter followed by another letter: most letters, so tested first
        }
        // the three others start with a look-behind: nothing glued before (most positions fail here)
        if (CandidateScan.letterOrNumberBefore(text, i)) {
            return false;
        }
        if (kind == Candidate.DIGIT_STARTING_A_NUMBER) {
            return isDigit(text, i, c) && unitMayFollow(text, i);
        }
        boolean first = kind == Candidate.DIGIT_THEN_SPACE ? isDigit(text, i, c) : isLetter(text, i);
        if (!first) {
            return false;
        }
        int next = i + Character.charCount(text.codePointAt(i));
        if (next >= text.length()) {
            return false;
        }
        char n = text.charAt(next);
        if (kind == Candidate.DIGIT_THEN_SPACE) {
            return (n == ' ' || n == '\u00A0') && secondDigitFollows(text, next + 1);
        }
        return isSpacingSeparator(n) && secondSpacedLetterFollows(text, next + 1);
    }

    /*
     * The three tests below look a little further ahead than the first characters, because most
     * candidates fail there (a lone "à" or "3" before a space, a number followed by a space) and
     * every regex attempt costs a matcher reset; each test is implied by its pattern, so no match
     * is lost.
     */

    /** NUMBER_GLUED_TO_UNIT: one to three digits, then a letter (the unit); only ASCII runs are judged. */
    private static boolean unitMayFollow(String text, int i) {
        int k = i;
        while (k < text.length() && k - i < 4 && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
            k++;
        }
        if (k - i >= 4) {
            return false; // after each of the first 1–3 digits comes a digit, never a unit
        }
        if (k - i == 0 || k >= text.length()) {
            return k - i == 0; // a non-ASCII digit: let the pattern decide
        }
        char after = text.charAt(k);
        if (after == '_' && k + 1 < text.length()) {
            after = text.charAt(k + 1); // "16_ans": an underscore for the space
        }
        return after >= 0x80 || isAsciiLetter(after);
    }

    /** SPACED_DIGITS after "digit space": maybe one more space, then a digit. */
    private static boolean secondDigitFollows(String text, int k) {
        if (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
            k++;
        }
        return k < text.length() && isDigit(text, k, text.charAt(k));
    }

    /** SPACED_LETTERS after "letter separator": maybe one more separator, a letter, then a separator. */
    private static boolean secondSpacedLetterFollows(String text, int k) {
        // up to three more separator chars: a second mark, or an emoji's second half, its selector and a space
        for (int more = 0; more < 3 && k < text.length() && isSpacingSeparator(text.charAt(k)); more++) {
            k++;
        }
        if (k >= text.length() || !isLetter(text, k)) {
            return false;
        }
        k += Character.charCount(text.codePointAt(k));
        return k < text.length() && isSpacingSeparator(text.charAt(k));
    }

    /**
     * The first position from {@code from} of a character followed by a spacing separator: the
     * only places where SPACED_LETTERS can start (a letter, then a separator). A letter outside
     * the BMP is two chars: its position is then two before the separator.
     */
    private static int nextBeforeSeparator(char[] text, int from, int length) {
        boolean[] separators = SEPARATORS;
        for (int j = from + 1; j < length; j++) {
            char c = text[j];
            if (c < 0x80 ? !separators[c] : c != '·' && !isSymbolPart(c)) {
                continue;
            }
            int before = j - 1;
            if (before > from && Character.isLowSurrogate(text[before]) && Character.isHighSurrogate(text[before - 1])) {
                before--;
            }
            return before;
        }
        return length;
    }

    private static final boolean[] SEPARATORS = new boolean[128];

    static {
        for (char c : " .-_*/,".toCharArray()) {
            SEPARATORS[c] = true;
        }
    }

    /** Where a spoken underscore may start (its space before), from {@code i}; -1 if nowhere. */
    private static int spokenUnderscoreFrom(String text, int i) {
        int said = text.indexOf(" underscore ", i);
        int dash = text.indexOf(" tiret ", i);
        return said < 0 ? dash : dash < 0 ? said : Math.min(said, dash);
    }

    /** The separators' table (the scan's own) for ASCII, then the middle dot and symbols. */
    private static boolean isSpacingSeparator(char n) {
        return n < 0x80 ? SEPARATORS[n] : n == '·' || isSymbolPart(n);
    }

    /**
     * A char of a symbol or an emoji that may set letters apart: a symbol from U+2000 on ("✨", "❤"), either half of a
     * surrogate pair (the pattern then decides whether the code point is a symbol), or a variation selector. Below
     * U+2000 are French's accented letters, asked first: one comparison for each of them.
     */
    private static boolean isSymbolPart(char c) {
        return c >= 0x2000 && (Character.isSurrogate(c) || c == '\uFE0F' || Character.getType(c) == Character.OTHER_SYMBOL);
    }

    private static boolean isLetter(String text, int i) {
        char c = text.charAt(i);
        return c < 0x80 ? isAsciiLetter(c) : Character.isLetter(text.codePointAt(i));
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    private static boolean isDigit(String text, int i, char c) {
        return c >= '0' && c <= '9' || (c > 0x7F && Character.isDigit(text.codePointAt(i)));
    }

    /**
     * Rewrites every match of the pattern, leftmost first and without overlap, exactly as a
     * {@code find()} loop would, but trying the pattern only where {@code candidate} allows
     * (null: everywhere, the reference).
     */
    private NormalisedText rewrite(Pattern pattern, Candidate candidate, Replacement replacement) {
        Matcher m = null;
        Builder b = null;
        int last = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (candidate == null) {
                // the reference: every position is tried
            } else if (candidate == Candidate.AT_SIGN) {
                i = text.indexOf('@', i); // a rare character: the library's (vectorised) search finds it
                if (i < 0) {
                    break;
                }
            } else if (candidate == Candidate.EURO_SIGN) {
                i = text.indexOf('€', i);
                if (i < 0) {
                    break;
                }
            } else if (candidate == Candidate.SPOKEN_UNDERSCORE) {
                i = spokenUnderscoreFrom(text, i); // rare words: found by the library's search, then the pattern decides
                if (i < 0) {
                    break;
                }
            } else if (candidate == Candidate.SPOKEN_SLASH) {
                i = text.indexOf("slash", i); // a rare word: found by the library's search, then the pattern decides
                if (i < 0) {
                    break;
                }
            } else if (candidate == Candidate.SINGLE_LETTER_THEN_SEPARATOR) {
                i = nextBeforeSeparator(chars, i, length); // letters are most characters, separators far fewer
                if (i == length) {
                    break;
                }
            } else {
                i = candidate.starts.next(chars, i, length); // the cheapest test: it rejects most characters
                if (i == length) {
                    break;
                }
            }
            if (candidate != null && !isCandidate(candidate, text, i)) {
                i++;
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(i, length);
            if (!m.lookingAt() || m.end() == m.start()) {
                i++;
                continue;
            }
            if (b == null) {
                b = new Builder(length, this);
            }
            b.appendRange(last, m.start());
            replacement.write(m, b, m.start());
            last = m.end();
            i = last;
        }
        if (b == null) {
            return this;
        }
        b.appendRange(last, length);
        return b.build(original);
    }

    /**
     * Accumulates output characters, each with the original offset it stands for. Plain arrays
     * and bulk copies of unchanged stretches: every rewrite that matches copies the whole text.
     */
    private static final class Builder {
        private char[] chars;
        private int[] offsets;
        private int length;
        private final NormalisedText source;
        private final String sourceText;

        Builder(int capacity) {
            this(capacity, null);
        }

        Builder(int capacity, NormalisedText source) {
            this.chars = new char[capacity + 8];
            this.offsets = new int[capacity + 9];
            this.source = source;
            this.sourceText = source == null ? null : source.text;
        }

        /** Appends a character standing for the given original offset. */
        void append(char c, int originalOrSourceOffset) {
            int at = source == null ? originalOrSourceOffset : source.toOriginal[originalOrSourceOffset];
            put(c, at);
        }

        /** Copies the source's character at {@code sourceIndex}, keeping its original offset. */
        void append(int sourceIndex) {
            put(sourceText.charAt(sourceIndex), source.toOriginal[sourceIndex]);
        }

        /** Copies the original's characters {@code [from, to)} unchanged (no source: the first step). */
        void appendOriginal(String original, int from, int to) {
            int n = to - from;
            ensureRoom(n);
            original.getChars(from, to, chars, length);
            for (int k = 0; k < n; k++) {
                offsets[length + k] = from + k;
            }
            length += n;
        }

        /** Copies the source's characters {@code [from, to)}, keeping their original offsets. */
        void appendRange(int from, int to) {
            int n = to - from;
            if (n <= 0) {
                return;
            }
            ensureRoom(n);
            sourceText.getChars(from, to, chars, length);
            System.arraycopy(source.toOriginal, from, offsets, length, n);
            length += n;
        }

        private void put(char c, int originalOffset) {
            ensureRoom(1);
            offsets[length] = originalOffset;
            chars[length++] = c;
        }

        /** Room for {@code n} more characters, and the end slot of the offsets. */
        private void ensureRoom(int n) {
            if (length + n >= offsets.length) {
                int capacity = Math.max(offsets.length * 2, length + n + 1);
                offsets = Arrays.copyOf(offsets, capacity);
                chars = Arrays.copyOf(chars, capacity);
            }
        }

        /** The offsets array becomes the map as it is: the slots after the end slot are never read. */
        NormalisedText build(String original) {
            ensureRoom(0);
            offsets[length] = original.length();
            return new NormalisedText(original, new String(chars, 0, length), chars, offsets);
        }
    }
}
