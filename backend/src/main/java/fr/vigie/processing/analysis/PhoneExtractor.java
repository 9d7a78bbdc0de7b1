package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * French phone numbers to E.164 without libphonenumber (not on the classpath): 10 national
 * digits "0[1-9]…", or +33 / 0033 / +33 (0) then 9 digits. Works on {@link NormalisedText}, so
 * zero-width characters, keycaps, fullwidth and spaced-out digits are already plain digits.
 *
 * <p>A run is a sequence of digit groups separated by at most three of {@code space . - _ / ( )}.
 * The letter O counts as a zero inside a group ("O6 12 …") but never inside a word ("ou").
 * A number is read from whole groups only, so a longer figure is never mined for a phone and two
 * numbers written one after the other are both found.
 */
final class PhoneExtractor {

    /** A phone found in the text. */
    record Phone(String e164, Evidence evidence) {
    }

    private PhoneExtractor() {
    }

    static List<Phone> extract(NormalisedText normalised) {
        String s = normalised.text();
        var phones = new ArrayList<Phone>();
        var reused = new Run();
        int i = 0;
        while (i < s.length()) {
            i = GROUP_START.next(normalised.chars(), i, s.length());
            if (i == s.length()) {
                break;
            }
            if (!isGroupStart(s, i)) {
                i++;
                continue;
            }
            var run = readRun(s, i, reused.clear());
            if (run.realDigits >= 2 && run.digits.length() >= 9 && !labelledAsAnotherNumber(s, i) && !isListOfTimes(s, run)) {
                parse(normalised, run, phones);
            }
            i = Math.max(i + 1, run.end);
        }
        return phones;
    }

    /**
     * Labels that say a figure is not a phone ("facture n° 0639 9890 30", "commande : 06…",
     * "SIRET 812…", "numéro de série 0 6 3 9…", "numéros gagnants : 06 13 19 28 41"); "n°" alone
     * is no such label: "mon n° 06…" is a phone.
     */
    private static final Set<String> OTHER_NUMBER_LABELS = Set.of("ref", "réf", "facture", "commande", "dossier", "siret",
        "siren", "iban", "rib", "client", "colis", "suivi", "contrat", "ticket", "lot", "référence", "reference", "article",
        "modèle", "modele", "produit", "ean", "isbn", "sku", "série", "serie", "gagnant", "gagnants", "tirage", "loto",
        "immatriculation");
    private static final Set<String> NUMBER_WORDS = Set.of("n°", "no", "n", "num", "numéro", "numero", "nº", "numéros",
        "numeros");
    /**
     * Words that may stand between such a label and its figure ("référence de l'annonce 0639…", "numéro de suivi …"):
     * articles and prepositions, and the ad a reference is of.
     */
    private static final Set<String> BETWEEN_LABEL_AND_FIGURE = Set.of("de", "du", "des", "la", "le", "l", "d", "votre",
        "vos", "mon", "ma", "son", "sa", "annonce", "the");
    /** How far back a label is looked for, and at most how many words are crossed to reach it. */
    private static final int LABEL_REACH = 40;
    private static final int LABEL_WORDS = 6;

    /**
     * Whether a label of another kind of number stands before the run: right before it, or separated from it by
     * "n°", articles, or the first parts of the same code ("numéro de suivi 1Z 999 AA1 01 9900 1234": parts that hold a
     * digit). Any other word in between ("facture réglée, appelle le 06…") means the label is not this figure's.
     */
    private static boolean labelledAsAnotherNumber(String s, int runStart) {
        int from = Math.max(0, runStart - LABEL_REACH);
        int end = runStart;
        for (int words = 0; words < LABEL_WORDS; words++) {
            while (end > from && !isLabelChar(s.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > from && isLabelChar(s.charAt(start - 1))) {
                start--;
            }
            if (start == end || start == from && from > 0) {
                return false; // nothing before, or a word cut by the reach
            }
            String word = s.substring(start, end).toLowerCase(java.util.Locale.ROOT);
            if (OTHER_NUMBER_LABELS.contains(word)) {
                return true;
            }
            if (!NUMBER_WORDS.contains(word) && !BETWEEN_LABEL_AND_FIGURE.contains(word) && !isCodePart(word)) {
                return false;
            }
            end = start;
        }
        return false;
    }

    /**
     * Clock times listed with dashes ("horaires : 06 30 - 09 45 - 12 00 - 18 15"): pairs of pairs, each an hour and its
     * minutes, the pairs of one time joined by a space and the times by a dash. Ten digits never split that way, so no
     * number written with its own separators is lost; only a run longer than a number, which a phone would have been
     * cut out of.
     */
    private static boolean isListOfTimes(String s, Run run) {
        int n = run.digits.length();
        if (n <= 10 || n % 4 != 0) {
            return false;
        }
        for (int k = 0; k < n; k += 2) {
            if (!run.groupStart[k] || !run.groupEnd[k + 1]) {
                return false; // every group a pair
            }
        }
        for (int k = 0; k < n; k += 4) {
            int hour = 10 * (run.digits.charAt(k) - '0') + run.digits.charAt(k + 1) - '0';
            int minute = 10 * (run.digits.charAt(k + 2) - '0') + run.digits.charAt(k + 3) - '0';
            boolean spaceWithin = s.substring(run.positions[k + 1] + 1, run.positions[k + 2]).indexOf('-') < 0;
            boolean dashAfter = k + 4 >= n || s.substring(run.positions[k + 3] + 1, run.positions[k + 4]).indexOf('-') >= 0;
            if (hour > 23 || minute > 59 || !spaceWithin || !dashAfter) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLabelChar(char c) {
        return Character.isLetterOrDigit(c) || c == '°' || c == 'º';
    }

    /** A short part of a code, holding a digit ("1z", "999", "aa1"); never "n°" or a word. */
    private static boolean isCodePart(String word) {
        if (word.length() > 4) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Character.isDigit(word.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** The digits of a run, each with its position; {@code groupStart[k]} marks the first digit of a group. */
    private static final class Run {
        final StringBuilder digits = new StringBuilder();
        int[] positions = new int[16];
        boolean[] groupStart = new boolean[16];
        boolean[] groupEnd = new boolean[16];
        int plusAt = -1;
        int realDigits;
        int end;

        /** Empty again, for the next run (one Run serves a whole text). */
        Run clear() {
            digits.setLength(0);
            plusAt = -1;
            realDigits = 0;
            end = 0;
            return this;
        }

        void add(char digit, int position, boolean starts, boolean ends) {
            int k = digits.length();
            if (k == positions.length) {
                positions = Arrays.copyOf(positions, 2 * k);
                groupStart = Arrays.copyOf(groupStart, 2 * k);
                groupEnd = Arrays.copyOf(groupEnd, 2 * k);
            }
            digits.append(digit);
            positions[k] = position;
            groupStart[k] = starts;
            groupEnd[k] = ends;
        }
    }

    /** What a group may start with (the cheapest test, on the character alone). */
    private static final StartChars GROUP_START = new StartChars("+0123456789oOlI", StartChars.NONE);

    /**
     * A digit, or a letter written for one: O for 0; l and I for 1 ('|' separates more often than
     * it counts); G for 6, B for 8 and S for 5, as text recognition misreads a screenshot ("06 39 9B",
     * "3S 64").
     */
    private static boolean isDigitLike(char c) {
        return (c >= '0' && c <= '9') || c == 'o' || c == 'O' || isLetterOne(c);
    }

    /** Letters that count as digits only beside a real digit of their own group ("l2", "9B", "6G", "3S"). */
    private static boolean isLetterOne(char c) {
        return c == 'l' || c == 'I' || c == 'B' || c == 'G' || c == 'S';
    }

    private static char digitOf(char c) {
        return Character.isDigit(c) ? c : c == 'B' ? '8' : c == 'G' ? '6' : c == 'S' ? '5' : isLetterOne(c) ? '1' : '0';
    }

    /**
     * Line breaks too: a number broken over a line ("06 39 98\n12 56") is still one number; and
     * the dots written as bullets or middle dots ("06•39•98", "06·39·98").
     */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\u00A0' || c == '.' || c == '-' || c == '_' || c == '/' || c == '(' || c == ')'
                || c == '\t' || c == '\n' || c == '\r' || c == '\u2022' || c == '\u00B7' || c == '\u2219' || c == '\u22C5'
                || (c >= '\u25A0' && c <= '\u25FF') || c == '\uFE0F'; // geometric shapes as bullets ("06▪️39▪️98")
    }

    private static boolean isGroupStart(String s, int i) {
        char c = s.charAt(i);
        // the character itself first: it rules out most positions more cheaply than the one before
        if (c != '+' && !isDigitLike(c)) {
            return false;
        }
        boolean boundaryBefore = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
        return boundaryBefore && (c == '+' || (c >= '0' && c <= '9') || groupEnd(s, i) > 0);
    }

    /** End of the digit group at i, or -1 if the group runs into a letter (then it is a word). */
    private static int groupEnd(String s, int i) {
        return groupEnd(s, i, false);
    }

    /**
     * @param closing whether the group would follow real digits of the same run (six or more): then
     *                a pair of look-alike letters alone ends the number too ("06 39 98 26 Ol"), but
     *                never the pronoun "Il"
     */
    private static int groupEnd(String s, int i, boolean closing) {
        int j = i;
        boolean digit = false;
        boolean letterOne = false;
        while (j < s.length() && isDigitLike(s.charAt(j))) {
            digit |= Character.isDigit(s.charAt(j));
            letterOne |= isLetterOne(s.charAt(j));
            j++;
        }
        if (j == i || (j < s.length() && Character.isLetter(s.charAt(j)))) {
            return -1;
        }
        // a group of letters alone ("oo") only counts in a run that has real digits too; l and I
        // only beside a real digit of their own group ("l2", "7l"), never as a word ("Il", "l'")
        boolean closingPair = closing && j - i == 2 && !(s.charAt(i) == 'I' && s.charAt(i + 1) == 'l');
        return digit || (!letterOne && j - i <= 2) || closingPair || isOpeningPair(s, i, j) ? j : -1;
    }

    /**
     * "Ol" or "OI" read as 01 where a group of real digits follows after a separator ("Ol 99 OO 98 7l",
     * "Ol.99.OO.73.O9"): a landline's first pair as a text recognition misreads it. Never a word: a letter
     * after the pair already ended the group.
     */
    private static boolean isOpeningPair(String s, int i, int j) {
        if (j - i != 2 || (s.charAt(i) != 'O' && s.charAt(i) != 'o') || (s.charAt(i + 1) != 'l' && s.charAt(i + 1) != 'I')
                || j + 2 >= s.length() || !isSeparator(s.charAt(j))) {
            return false;
        }
        return Character.isDigit(s.charAt(j + 1)) || Character.isDigit(s.charAt(j + 2));
    }

    private static Run readRun(String s, int i, Run run) {
        int j = i;
        if (s.charAt(j) == '+') {
            run.plusAt = j;
            j++;
            while (j < s.length() && s.charAt(j) == ' ') {
                j++;
            }
        }
        while (j < s.length()) {
            // the closing pair follows eight digits of which real ones begin the number: letters for
            // zeros may fill whole groups before it ("O6 39 98 OO Ol"), and a pair of them may sit
            // inside once six digits, four of them real, began the number ("O6 39 98 ll O7")
            int end = groupEnd(s, j, run.realDigits >= 6
                    || (run.digits.length() >= 6 && run.digits.length() % 2 == 0 && run.realDigits >= 4));
            if (end < 0) {
                break;
            }
            for (int k = j; k < end; k++) {
                char c = s.charAt(k);
                run.add(digitOf(c), k, k == j, k == end - 1);
                if (Character.isDigit(c)) {
                    run.realDigits++;
                }
            }
            run.end = end;
            int next = end;
            // an emoji between the pairs ("06 🔹39 🔹98") is two chars and usually a space: four in all
            while (next < s.length() && (next - end < 3 || next - end < 4 && Character.isSurrogate(s.charAt(next - 1)))
                    && (isSeparator(s.charAt(next)) || Character.isSurrogate(s.charAt(next))
                        || Character.getType(s.charAt(next)) == Character.OTHER_SYMBOL)) { // "06❤️39❤️98"
                next++;
            }
            if (run.digits.length() == 6 && run.digits.charAt(0) == '0' && next < s.length() && !isDigitLike(s.charAt(next))) {
                next = afterAConnective(s, next); // "06 39 98 puis 26 06": the number said in two parts
            }
            if (next == end || next >= s.length() || !isDigitLike(s.charAt(next))) {
                break;
            }
            if (s.substring(end, next).indexOf('\n') >= 0 && !(end - j == 2 && groupEnd(s, next) - next == 2)
                    && !completesAcrossTheLine(s, run, next)) {
                break; // a number broken over a line keeps its pairs ("06 39 98\n12 56"); lines of other figures do not join
            }
            j = next;
        }
        if (run.end == 0) {
            run.end = j;
        }
        return run;
    }

    /** Words that join the two parts of a number said in two ("06 39 98 puis 26 06", "… et ensuite 12 34"). */
    private static final String[] CONNECTIVES = {"puis ", "ensuite ", "et ensuite ", "et puis ", "suivi de "};

    /**
     * After six digits begun by 0: past a connective and its spaces when exactly two pairs follow (the four digits the
     * number lacks), else {@code at} unchanged.
     */
    private static int afterAConnective(String s, int at) {
        for (String word : CONNECTIVES) {
            if (s.regionMatches(true, at, word, 0, word.length())) {
                int k = at + word.length();
                while (k < s.length() && s.charAt(k) == ' ') {
                    k++;
                }
                int first = groupEnd(s, k);
                int gap = first;
                while (first > 0 && gap < s.length() && s.charAt(gap) == ' ') {
                    gap++;
                }
                int second = first == k + 2 && gap > first ? groupEnd(s, gap) : -1;
                int end = second == gap + 2 ? second : first == k + 4 ? first : -1; // "26 06" or "2606"
                int after = end;
                while (end > 0 && after < s.length() && isSeparator(s.charAt(after))) {
                    after++;
                }
                return end > 0 && (after == s.length() || !Character.isDigit(s.charAt(after))) ? k : at; // no third pair
            }
        }
        return at;
    }

    /**
     * A national number cut inside a pair by a line break ("06 39 98 97 1\n4"): the group after the
     * break completes exactly ten digits begun by 0, so it can only be the same number's end.
     */
    private static boolean completesAcrossTheLine(String s, Run run, int next) {
        int group = groupEnd(s, next) - next;
        return group > 0 && run.digits.length() < 10 && run.digits.length() + group == 10 && run.digits.charAt(0) == '0';
    }

    private static void parse(NormalisedText normalised, Run run, List<Phone> out) {
        String d = run.digits.toString();
        int k = 0;
        while (k < d.length()) {
            if (!run.groupStart[k]) {
                k++;
                continue;
            }
            int consumed = 0;
            String national = null;
            boolean international = (k == 0 && run.plusAt >= 0 && d.startsWith("33"))
                    || d.startsWith("0033", k) || (k == 0 && run.plusAt < 0 && d.startsWith("33") && remaining(d, k) == 11);
            if (international) {
                int prefix = d.startsWith("0033", k) ? 4 : 2;
                int rest = k + prefix;
                if (isNational(d, rest, 10) && endsGroup(run, rest + 10)) {
                    national = d.substring(rest, rest + 10); // "+33 (0)6 …"
                    consumed = prefix + 10;
                } else if (rest + 9 <= d.length() && d.charAt(rest) != '0' && endsGroup(run, rest + 9)) {
                    national = "0" + d.substring(rest, rest + 9);
                    consumed = prefix + 9;
                }
            } else if (isNational(d, k, 10) && endsGroup(run, k + 10)) {
                national = d.substring(k, k + 10);
                consumed = 10;
            }
            if (national == null) {
                k++;
                continue;
            }
            int from = k == 0 && run.plusAt >= 0 ? run.plusAt : run.positions[k];
            int to = run.positions[k + consumed - 1] + 1;
            out.add(new Phone("+33" + national.substring(1), normalised.evidence(from, to)));
            k += consumed;
        }
    }

    /**
     * Numbers with digits written as words, on tokens ("zéro six 39 98 douze 56"): a run of
     * number tokens, one of them at least in words, read as digits (a word below ten is one digit,
     * ten to ninety-nine two), that is exactly a national number; it must start with "zéro" or a
     * group starting with 0, so that a count or a year in words never becomes a phone.
     */
    static List<Phone> extractWorded(String original, List<Token> tokens, TokenNumbers numbers) {
        List<Phone> phones = List.of();
        int i = 0;
        while (i < tokens.size()) {
            String first = tokens.get(i).word();
            // "zéro6-39-…": the first zero in words glued to the digit that follows it
            boolean gluedZero = first.length() >= 5 && first.length() <= 6 && first.startsWith("zero")
                    && first.chars().skip(4).allMatch(Character::isDigit);
            // "plus trente-trois six trente-neuf …": the country code said aloud, as "+33" is read out
            boolean plus = first.equals("plus") && i + 1 < tokens.size() && numbers.isNumber(i + 1)
                    && !tokens.get(i + 1).isNumber() && numbers.reading(i + 1).value() == 33
                    && closeBy(original, tokens.get(i), tokens.get(i + 1));
            if (!gluedZero && !plus && (!(first.startsWith("0") || first.equals("zero")) || !numbers.isNumber(i))) {
                i++;
                continue;
            }
            var digits = new StringBuilder();
            boolean worded = gluedZero;
            int singles = 0; // single digits in words come in pairs, as numbers are read out ("zéro six")
            boolean paired = true;
            int k = i;
            if (gluedZero) {
                digits.append('0').append(first, 4, first.length());
                k++;
            } else if (plus) {
                digits.append("0033");
                k += 1 + numbers.reading(i + 1).tokens();
                worded = true;
                singles = 1; // the national zero dropped: "six" pairs with it
            }
            while (k < tokens.size() && digits.length() < (international(digits) ? 13 : 10) && numbers.isNumber(k)
                    && (k == i || closeBy(original, tokens.get(k - 1), tokens.get(k)))) {
                Token token = tokens.get(k);
                var reading = numbers.reading(k);
                if (reading != null && reading.tokens() == 2 && !token.isNumber() && opensACompound(original, tokens, k + 1)) {
                    // "quarante quatre-vingt-six": "quatre" opens the next pair, it does not end this one
                    reading = NumberWords.read(tokens.subList(k, k + 1), 0);
                }
                if (token.isNumber() && token.word().length() == 1) {
                    singles++; // "0 six 39 …": a digit and a word read out together make the pair
                    digits.append(token.word());
                } else if (token.isNumber()) {
                    paired &= singles % 2 == 0;
                    singles = 0;
                    digits.append(token.word());
                } else if (reading == null || reading.value() > 99) {
                    break;
                } else {
                    if (reading.value() < 10) {
                        singles++;
                    } else {
                        paired &= singles % 2 == 0;
                        singles = 0;
                    }
                    digits.append(reading.value() < 10 ? Integer.toString(reading.value())
                            : String.format(java.util.Locale.ROOT, "%02d", reading.value()));
                    worded = true;
                }
                k += reading == null ? 1 : reading.tokens();
                if (digits.length() == 4 && international(digits) && paired && singles % 2 == 0) {
                    singles = 1; // "zéro zéro trente-trois six trente-neuf…": the national zero dropped, "six" pairs with it
                }
            }
            if (international(digits) && digits.length() == 13 && digits.charAt(4) != '0') {
                digits.replace(0, 4, "0"); // 0033 then nine digits: the national number
            }
            String d = digits.toString();
            paired &= singles % 2 == 0;
            if (worded && paired && d.length() == 10 && isNational(d, 0, 10)) {
                if (phones.isEmpty()) {
                    phones = new ArrayList<>();
                }
                phones.add(new Phone("+33" + d.substring(1), Evidence.of(original, tokens.get(i).start(), tokens.get(k - 1).end())));
                i = k;
            } else {
                i++;
            }
        }
        return phones;
    }

    /**
     * Only separators between two tokens of a number; commas too, as a number read out in words is
     * written ("zéro six, trente-neuf, …"): a run in words must still be exactly a national number.
     */
    private static boolean closeBy(String original, Token before, Token after) {
        for (int c = before.end(); c < after.start(); c++) {
            if (!isSeparator(original.charAt(c)) && original.charAt(c) != ',') {
                return false;
            }
        }
        return after.start() - before.end() <= 3;
    }

    /**
     * Whether number word {@code k} is joined by a hyphen to the number word after it, but by a space to the one before
     * ("quarante quatre-vingt-six" read out in pairs): it opens a compound of its own.
     */
    private static boolean opensACompound(String original, List<Token> tokens, int k) {
        if (k < 1 || k + 1 >= tokens.size()) {
            return false;
        }
        int before = tokens.get(k - 1).end();
        int after = tokens.get(k).end();
        return tokens.get(k).start() > before && Character.isWhitespace(original.charAt(before))
                && tokens.get(k + 1).start() == after + 1 && original.charAt(after) == '-'
                && NumberWords.isNumberWord(tokens.get(k + 1).word());
    }

    /** Digits read out so far that begin with France's international prefix, 0033. */
    private static boolean international(StringBuilder digits) {
        return digits.length() >= 4 && digits.charAt(0) == '0' && digits.charAt(1) == '0' && digits.charAt(2) == '3'
                && digits.charAt(3) == '3';
    }

    private static int remaining(String d, int k) {
        return d.length() - k;
    }

    private static boolean isNational(String d, int at, int length) {
        return at + length <= d.length() && d.charAt(at) == '0' && d.charAt(at + 1) >= '1' && d.charAt(at + 1) <= '9';
    }

    private static boolean endsGroup(Run run, int exclusiveEnd) {
        return exclusiveEnd >= 1 && exclusiveEnd <= run.digits.length() && run.groupEnd[exclusiveEnd - 1];
    }
}
