package fr.vigie.processing.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Birth dates read as dates, after the usual labels ("née le 3/4/2010", "née le 1er septembre
 * 2008", "DDN : 03/2009", "date de naissance 2010-05-04", "née en deux mille sept", "née en 09",
 * "je suis de 2009"), and a bare year used as a noun for a person ("une 2010", "petite 2k10") →
 * the age at the observation date. What is not written counts as the youngest possible: a year
 * alone is born on 31 December, a month and year on the last day of the month.
 */
final class BirthYearExtractor {

    private static final int WINDOW = 6;
    private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4}|\\d{2})");
    private static final Pattern TWO_THOUSAND_K = Pattern.compile("2k(\\d{1,2})");
    /** Month and year in one token ("03.2010"): the tokenizer keeps a dot between digits. */
    private static final Pattern MONTH_DOT_YEAR = Pattern.compile("(\\d{1,2})[.\\-](\\d{4})");
    /** Day, month and year run together after a label ("DDN 12032010"), as forms without separators take them. */
    private static final Pattern RUN_TOGETHER_DATE = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");
    static final Map<String, Integer> MONTHS = Lookup.map(Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4),
            Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("aout", 8),
            Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("decembre", 12),
            Map.entry("janv", 1), Map.entry("fev", 2), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12)));
    /**
     * Month abbreviations that are months only inside a birth date (between a day and a year, or
     * before a year after a label): "mar" is also Tuesday, so the shared {@link #MONTHS} does not hold them.
     */
    private static final Map<String, Integer> SHORT_MONTHS = Lookup.map(Map.ofEntries(
            Map.entry("jan", 1), Map.entry("fevr", 2), Map.entry("mar", 3), Map.entry("avr", 4), Map.entry("juil", 7),
            Map.entry("jui", 7), Map.entry("aou", 8), Map.entry("sep", 9), Map.entry("sept", 9)));
    /**
     * Months in Roman numerals, as French dates write them between day and year ("12.III.2010", "4 VII 2011"); read
     * only there, before a year in a birth label's window, so "Louis XVI" or "Acte II" are never months.
     */
    private static final Map<String, Integer> ROMAN_MONTHS = Map.ofEntries(
            Map.entry("i", 1), Map.entry("ii", 2), Map.entry("iii", 3), Map.entry("iv", 4), Map.entry("v", 5),
            Map.entry("vi", 6), Map.entry("vii", 7), Map.entry("viii", 8), Map.entry("ix", 9), Map.entry("x", 10),
            Map.entry("xi", 11), Map.entry("xii", 12));
    /**
     * Cohort words a year follows for a person ("team 2009", "gang 2k10", "génération 2010"): said of
     * oneself the way "une 2010" is, unless a complement makes the cohort a group's ("la team 2010 du club").
     */
    private static final ExtractorWords.WordList COHORT_BEFORE_YEAR = ExtractorWords.list("cohortBeforeYear");
    /** Signs that stand for "born" before a date, like genealogy's °: a star, a cake, a baby. */
    private static final String BIRTH_SIGNS = "°✱🎂👶";
    /** What may stand between a sign or a label and its date: arrows, dashes, colons, equals. */
    private static final String LINKING_MARKS = ":-=>→—–➡\uFE0F'’";
    /** Words after which a year alone is a person ("une 2010 dispo"): how girls are named by their year. */
    private static final ExtractorWords.WordList PERSON_BEFORE_YEAR = ExtractorWords.list("personBeforeYear");
    /** What may stand between a name and its date of birth besides a sign ("Lina, 03.04.2010"). */
    private static final Pattern SPACES_AND_COMMAS = Pattern.compile("[\\s,]");
    /** The most a bare year may be before the observation for it to be someone's year of birth. */
    private static final int BARE_YEAR_SPAN = 30;

    private BirthYearExtractor() {
    }

    static List<BirthYearMention> extract(String original, List<Token> tokens, LocalDate observed) {
        return extract(original, tokens, new TokenNumbers(tokens), observed);
    }

    static List<BirthYearMention> extract(String original, List<Token> tokens, TokenNumbers numbers, LocalDate observed) {
        var found = new ArrayList<BirthYearMention>();
        boolean asked = original.indexOf('?') >= 0; // a year answers a question only in a text that asks one
        boolean signed = hasBirthSign(original); // and a sign for "born" is looked for before each token only if one is written
        int named;
        Birth namedBirth;
        for (int i = 0; i < tokens.size(); i++) {
            // what most branches ask first, read once per token: the word, and whether a number follows it
            String word = tokens.get(i).word();
            boolean hasNext = i + 1 < tokens.size();
            boolean digitNext = hasNext && startsWithDigit(tokens.get(i + 1));
            boolean wordedNext = hasNext && !digitNext && numbers.isNumber(i + 1);
            boolean degree = signed && afterDegreeSign(original, tokens.get(i));
            int before = degree ? -1 : dateBeforeTheLabel(original, tokens, numbers, i, observed);
            if (before >= 0) { // "« mars 2010 » comme date de naissance": the evidence runs from the date to the label
                var birth = birthAt(original, tokens, numbers, before, before, observed);
                found.add(new BirthYearMention(birth.year(), birth.age(), Evidence.of(original, tokens.get(before).start(),
                        tokens.get(i).end()), before, i + 1));
                continue;
            }
            if (degree || isTrigger(tokens, i)) {
                int from = degree ? i : i + 1; // "° 12/03/2010": genealogy's sign for "born" stands before the date's first token
                int counted = 0;
                boolean shown = false;
                for (int j = from; j < tokens.size() && counted < WINDOW; j++) {
                    // a place between label and date ("née à Saint-Étienne-du-Rouvray le …") is names: they do not count,
                    // nor do the words saying where a note read the date ("date de naissance affichée sur le compte : …")
                    shown = ShownOnAProfile.isParticiple(tokens.get(j)) || shown && ShownOnAProfile.isShownWord(tokens.get(j));
                    counted += capitalised(original, tokens.get(j)) || shown ? 0 : 1;
                    var birth = splitYear(original, tokens, j, from, observed);
                    if (birth == null) {
                        birth = birthAt(original, tokens, numbers, j, from, observed);
                    }
                    if (birth != null) {
                        var evidence = Evidence.of(original, tokens.get(i).start(), tokens.get(birth.end - 1).end());
                        found.add(new BirthYearMention(birth.year, birth.age, evidence, i, birth.end));
                        i = alsoBorn(original, tokens, birth.end, observed, found) - 1;
                        break;
                    }
                }
            } else if (i >= 1 && word.equals("de") && yearAfterDe(tokens, i) < tokens.size()
                    && startsWithDigit(tokens.get(yearAfterDe(tokens, i)))
                    && personBeforeDe(tokens.get(i - 1)) && bareYear(tokens.get(yearAfterDe(tokens, i)), observed) > 0) {
                int at = yearAfterDe(tokens, i); // "une fille de 2010", "meuf de 2009", "fille de l'an 2010"
                int year = bareYear(tokens.get(at), observed);
                var birth = youngest(year, 12, observed, at + 1);
                var evidence = Evidence.of(original, tokens.get(i - 1).start(), tokens.get(at).end());
                found.add(new BirthYearMention(year, birth.age, evidence, i - 1, at + 1));
                i = alsoBorn(original, tokens, at + 1, observed, found) - 1; // "des filles de 2009 et 2010"
            } else if (i >= 1 && word.equals("de") && yearAfterDe(tokens, i) < tokens.size()
                    && !startsWithDigit(tokens.get(yearAfterDe(tokens, i))) && numbers.isNumber(yearAfterDe(tokens, i))
                    && personBeforeDe(tokens.get(i - 1))
                    && wordedYear(tokens, numbers, yearAfterDe(tokens, i), observed) > 0) {
                int at = yearAfterDe(tokens, i);
                var reading = numbers.reading(at); // "une fille de deux mille dix": the year in words after "de"
                int end = at + reading.tokens();
                var birth = youngest(reading.value(), 12, observed, end);
                found.add(new BirthYearMention(reading.value(), birth.age, Evidence.of(original, tokens.get(i - 1).start(),
                        tokens.get(end - 1).end()), i - 1, end));
                i = end - 1;
            } else if ((digitNext || wordedNext) && COHORT_BEFORE_YEAR.contains(word)) { // the year first: few tokens have one next
                int end = cohortYearEnd(tokens, numbers, i + 1, observed);
                if (end > 0) {
                    int year = startsWithDigit(tokens.get(i + 1)) ? bareYear(tokens.get(i + 1), observed) : numbers.reading(i + 1).value();
                    var birth = youngest(year, 12, observed, end);
                    found.add(new BirthYearMention(year, birth.age, Evidence.of(original, tokens.get(i).start(),
                            tokens.get(end - 1).end()), i, end));
                    i = end - 1;
                }
            } else if (wordedNext && PERSON_BEFORE_YEAR.contains(word) && wordedYear(tokens, numbers, i + 1, observed) > 0) {
                // the number first (known once per token, few are): the word list was asked at every token
                var reading = numbers.reading(i + 1); // "une deux mille dix", "petite deux mille neuf": the year in words, as a noun
                int year = reading.value();
                var birth = youngest(year, 12, observed, i + 1 + reading.tokens());
                var evidence = Evidence.of(original, tokens.get(i).start(), tokens.get(i + reading.tokens()).end());
                found.add(new BirthYearMention(year, birth.age, evidence, i, i + 1 + reading.tokens()));
                i += reading.tokens();
            } else if (hasNext && (namedBirth = namedDate(original, tokens, i, observed)) != null) {
                // "Lou ♐ 12.12.09 ♐ Nice", "Lou 12.12.09 | dispo": a profile's name, then its date of birth
                found.add(new BirthYearMention(namedBirth.year(), namedBirth.age(), Evidence.of(original,
                        tokens.get(i).start(), tokens.get(namedBirth.end() - 1).end()), i, namedBirth.end()));
                i = namedBirth.end() - 1;
            } else if (digitNext && (named = namedYear(original, tokens, i, observed)) > 0) {
                // "Jade (2009)", "Chloé (08)", "Inès, 2k9, nouvelle ici": a name, then its year set apart
                int year = named;
                var birth = youngest(year, 12, observed, i + 2);
                found.add(new BirthYearMention(year, birth.age, Evidence.of(original, tokens.get(i).start(),
                        tokens.get(i + 1).end()), i, i + 2));
                i++;
            } else if (digitNext && PERSON_BEFORE_YEAR.contains(word)) {
                int year = bareYear(tokens.get(i + 1), observed);
                if (year < 0 && selfNamed(tokens, i)) {
                    year = twoDigitBareYear(tokens.get(i + 1), observed); // "je suis une 09", "c'est une 08"
                }
                if (year > 0) {
                    var birth = youngest(year, 12, observed, i + 2);
                    var evidence = Evidence.of(original, tokens.get(i).start(), tokens.get(i + 1).end());
                    found.add(new BirthYearMention(year, birth.age, evidence, i, i + 2));
                    i = alsoBorn(original, tokens, i + 2, observed, found) - 1; // "trois filles, 2006, 2008 et 2010"
                }
            } else if (asked && word.length() == 4 && tokens.get(i).isNumber()
                    && bareYear(tokens.get(i), observed) > 0 && YearAnswer.answers(original, tokens, i)) {
                int year = bareYear(tokens.get(i), observed); // "tu es de quelle année ?" / "2010 et toi"
                var birth = youngest(year, 12, observed, i + 1);
                found.add(new BirthYearMention(year, birth.age, Evidence.of(original, tokens.get(i).start(),
                        tokens.get(i).end()), i, i + 1));
            }
        }
        return found;
    }

    private static boolean hasBirthSign(String original) {
        for (int k = 0; k < BIRTH_SIGNS.length(); k = BIRTH_SIGNS.offsetByCodePoints(k, 1)) {
            if (original.indexOf(BIRTH_SIGNS.codePointAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A token right after a sign for "born" (°, ✱, 🎂, 👶), maybe with a linking mark between ("° : 12/03/2010",
     * "🎂 → 2010"), the sign not glued to a letter or digit ("Léa ° 12/03/2010"; not "25°", not "n°").
     */
    private static boolean afterDegreeSign(String original, Token token) {
        int k = token.start() - 1;
        while (k >= 0 && (Character.isWhitespace(original.charAt(k)) || LINKING_MARKS.indexOf(original.charAt(k)) >= 0)) {
            k--;
        }
        if (k >= 1 && Character.isLowSurrogate(original.charAt(k))) {
            k--; // an emoji sign is two chars
        }
        if (k < 0 || BIRTH_SIGNS.indexOf(original.codePointAt(k)) < 0) {
            return false;
        }
        k--; // glued to a letter or a digit it is "n°" or "25°"; after a space or a comma it is the sign
        return k < 0 || !Character.isLetterOrDigit(original.charAt(k));
    }

    /** Whether the token is written with a capital (a name, a place). */
    private static boolean capitalised(String original, Token token) {
        return token.start() < original.length() && Character.isUpperCase(original.charAt(token.start()));
    }

    private static boolean isBorn(Token trigger) {
        return trigger.word().equals("nee") || trigger.word().equals("ne");
    }

    /** Nothing but a pause or the end after the token ("née 09, …"; not "née 15 ans après", "née 12 mars", "née 12.03.10"). */
    private static boolean pauseAfter(String original, Token token) {
        for (int k = token.end(); k < original.length(); k++) {
            char c = original.charAt(k);
            if (!Character.isWhitespace(c)) {
                // a pause, then a space or the end: "née 09, dispo", not the dot of a date ("née 12.III.2010")
                return (c == ',' || c == '.' || c == ';' || c == '!' || c == '|' || c == '/' || c == ')')
                        && (k + 1 == original.length() || Character.isWhitespace(original.charAt(k + 1)));
            }
        }
        return true;
    }

    /**
     * A date given before the label that names it, as a moderator's note quotes a profile's field ("« mars 2010 »
     * comme date de naissance", "le compte indique 12/05/2010 comme date de naissance"): at "naissance" after "comme
     * date de" or "comme année de", the first token of the date that ends right before "comme"; -1 otherwise.
     */
    private static int dateBeforeTheLabel(String original, List<Token> tokens, TokenNumbers numbers, int i, LocalDate observed) {
        if (i < 4 || !tokens.get(i).word().equals("naissance") || !tokens.get(i - 1).word().equals("de")
                || !(tokens.get(i - 2).word().equals("date") || tokens.get(i - 2).word().equals("annee"))
                || !tokens.get(i - 3).word().equals("comme")) {
            return -1;
        }
        int comme = i - 3;
        for (int j = comme - 1; j >= Math.max(0, comme - 3); j--) {
            var birth = birthAt(original, tokens, numbers, j, j, observed);
            if (birth != null && birth.end() == comme) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isLabel(Token trigger) {
        return trigger.word().equals("naissance") || trigger.word().equals("ddn") || trigger.word().equals("dn")
                || trigger.word().equals("naiss") || trigger.word().equals("bday") || trigger.word().equals("day")
                || trigger.word().equals("dob") || trigger.word().equals("birth");
    }

    private static boolean startsWithDigit(Token token) {
        char c = token.word().isEmpty() ? ' ' : token.word().charAt(0);
        return c >= '0' && c <= '9';
    }

    /** The token after "de" that may hold a year: past "l'an" ("fille de l'an 2010") when the year is said so. */
    private static int yearAfterDe(List<Token> tokens, int de) {
        int k = de + 1;
        if (k < tokens.size() && tokens.get(k).word().equals("l")) {
            k++; // the elided article, when the tokenizer keeps it
        }
        return k + 1 < tokens.size() && tokens.get(k).word().equals("an") ? k + 1 : de + 1;
    }

    /**
     * The year set apart right after a capitalised name ("Jade (2009)", "Chloé (08)", "Inès, 2k9,"), or -1: in brackets
     * (a two-digit year too), or between commas; never after a city or a month ("Bordeaux (2010)" is a vintage). Whether
     * the name is someone offered, a car's model or a wine, the rules decide from the rest of the text.
     */
    private static int namedYear(String original, List<Token> tokens, int i, LocalDate observed) {
        Token name = tokens.get(i);
        Token year = tokens.get(i + 1);
        if (!capitalised(original, name) || name.word().length() < 3 || !Character.isLetter(name.word().charAt(0))
                || PlaceExtractor.CITIES.containsKey(name.word()) || MONTHS.containsKey(name.word())) {
            return -1;
        }
        String gap = original.substring(name.end(), year.start()).strip();
        boolean bracket = gap.equals("(") && year.end() < original.length() && original.charAt(year.end()) == ')';
        boolean commas = gap.equals(",") && pauseAfter(original, year);
        if (!bracket && !commas) {
            return -1;
        }
        int bare = bareYear(year, observed);
        return bare > 0 ? bare : bracket ? twoDigitBareYear(year, observed) : -1;
    }

    /**
     * A full date written in one piece right after a capitalised name, maybe past one sign ("Lou ♐ 12.12.09", "Lina
     * 03.04.2010"), as a profile gives its date of birth; or null. The date must make someone at least ten years old on
     * the day seen (a booking's or an event's date is in the future or recent).
     */
    private static Birth namedDate(String original, List<Token> tokens, int i, LocalDate observed) {
        Token name = tokens.get(i);
        if (!capitalised(original, name) || name.word().length() < 3 || !Character.isLetter(name.word().charAt(0))) {
            return null;
        }
        int at = i + 1;
        if (at + 1 < tokens.size() && !Character.isLetterOrDigit(tokens.get(at).word().codePointAt(0))) {
            if (tokens.get(at).word().codePointAt(0) == '°') {
                return null; // "Léa, ° 12.03.2010": the birth label's own reading takes it
            }
            at++; // a zodiac sign or another symbol between ("Lou ♐ 12.12.09")
        }
        // the digit before the look-ups: most capitalised words are followed by none
        if (at >= tokens.size() || !startsWithDigit(tokens.get(at))
                || PlaceExtractor.CITIES.containsKey(name.word()) || MONTHS.containsKey(name.word())) {
            return null;
        }
        String gap = SPACES_AND_COMMAS.matcher(original.substring(name.end(), tokens.get(at).start())).replaceAll("");
        if (!gap.isEmpty() && !(gap.codePointCount(0, gap.length()) == 1 && gap.codePointAt(0) != '°'
                && Character.getType(gap.codePointAt(0)) == Character.OTHER_SYMBOL)) {
            return null; // a label between ("Léa, ° 12.03.2010", "Léa née le …") is read as a label
        }
        var dotted = DOTTED_DATE.matcher(tokens.get(at).word());
        if (!dotted.matches()) {
            return null;
        }
        int day = Integer.parseInt(dotted.group(1));
        int month = Integer.parseInt(dotted.group(2));
        int written = Integer.parseInt(dotted.group(3));
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return null;
        }
        int year = dotted.group(3).length() == 4 ? written : twoDigitYear(written, observed);
        Birth birth = exact(year, month, day, observed, at + 1);
        return birth != null && birth.age() >= AgeExtractor.MIN_AGE ? birth : null;
    }

    /** "je suis une", "c'est une": the year that follows names the writer or the one presented. */
    private static boolean selfNamed(List<Token> tokens, int i) {
        if (i < 1 || !tokens.get(i).word().equals("une") && !tokens.get(i).word().equals("un")) {
            return false;
        }
        String verb = tokens.get(i - 1).word();
        return verb.equals("suis") || verb.equals("est") || verb.equals("c'est") || verb.equals("es");
    }

    /** "09": a two-digit year of someone at least ten years old, said as a noun ("une 09"). */
    private static int twoDigitBareYear(Token token, LocalDate observed) {
        if (!token.isNumber() || token.word().length() != 2) {
            return -1;
        }
        int year = twoDigitYear(token.intValue(), observed);
        return year <= observed.getYear() - AgeExtractor.MIN_AGE && year > observed.getYear() - BARE_YEAR_SPAN ? year : -1;
    }

    private static boolean isTrigger(List<Token> tokens, int i) {
        String word = tokens.get(i).word();
        // a switch: one hash (cached in the word) and one comparison, not ten comparisons at every token
        return switch (word) {
            // "mon anniv c'est le 14/02/2010": a birthday with a year is a birth date ("anniversaire de mariage" is not)
            case "anniv", "anniversaire", "birthday" -> !(i + 1 < tokens.size() && tokens.get(i + 1).word().equals("de"));
            // "DN", like "DDN", is how forms and profiles shorten "date de naissance"
            // and English, as franglais ads write it: "born in 2010", "DOB 03/2010", "date of birth"
            case "ne", "nee", "nees", "nes", "naissance", "ddn", "dn", "born", "dob", "birth" -> true;
            // the shortenings of forms and captions: "date de naiss.", "bday", "b-day"
            case "naiss", "bday" -> true;
            // "Capricorne du 28 décembre, année 2008": a zodiac sign with its day opens a date of birth
            case "belier", "taureau", "gemeaux", "cancer", "lion", "vierge", "balance", "scorpion", "sagittaire",
                    "capricorne", "verseau", "poissons", "poisson" -> i + 1 < tokens.size() && tokens.get(i + 1).word().equals("du");
            case "day" -> i >= 1 && tokens.get(i - 1).word().equals("b");
            // "je suis de 2009": the year of birth said the way teenagers say it
            case "de" -> i >= 1 && switch (tokens.get(i - 1).word()) {
                case "suis", "jsuis", "chui", "chuis", "jsui", "sui" -> true; // and the way chat writes "je suis"
                // "elle est de 2010 comme moi": said of the one presented by a pronoun (not "la voiture est de 2010")
                case "est" -> i >= 2 && (tokens.get(i - 2).word().equals("elle") || tokens.get(i - 2).word().equals("il"));
                default -> false;
            };
            // "moi c'est 2010": the year said for oneself
            case "c'est", "cest", "est" -> i >= 1 && tokens.get(i - 1).word().equals("moi");
            // "j'ai vu le jour en 2010", "elle a vu le jour le 3 mai 2009": a person's birth, not a festival's
            case "jour" -> i >= 3 && tokens.get(i - 1).word().equals("le") && tokens.get(i - 2).word().equals("vu")
                    && PersonHas.at(tokens, i - 3);
            // "venue au monde en 2009": born, said of the one presented (the mother "met au monde")
            case "monde" -> i >= 2 && tokens.get(i - 1).word().equals("au") && switch (tokens.get(i - 2).word()) {
                case "venue", "venu", "venues", "venus" -> true;
                default -> false;
            };
            default -> false;
        };
    }

    /** "une fille de 2010", "bébé de 2010" (a baby "de 2010" is one born then; "bébé 2010" alone may be a pram's year). */
    private static boolean personBeforeDe(Token word) {
        return PERSON_BEFORE_YEAR.contains(word.word()) || word.word().equals("bebe");
    }

    /** A recent year in words ("deux mille dix", at least two words: "mille" alone is no year), or -1. */
    private static int wordedYear(List<Token> tokens, TokenNumbers numbers, int i, LocalDate observed) {
        if (!numbers.isNumber(i)) {
            return -1;
        }
        var reading = numbers.reading(i);
        int year = reading == null || reading.tokens() < 2 ? -1 : reading.value();
        return recent(year, observed) ? year : -1;
    }

    /** Whether a year is recent enough to be someone's year of birth ({@link #BARE_YEAR_SPAN}). */
    private static boolean recent(int year, LocalDate observed) {
        return year > observed.getYear() - BARE_YEAR_SPAN && year <= observed.getYear();
    }

    /**
     * The end of a cohort's year at {@code k} ("team 2009", "gang 2k10", "génération deux mille dix"), or -1 when
     * there is none or a complement makes it a group's ("la team 2010 du club", "génération 2010 des smartphones").
     */
    private static int cohortYearEnd(List<Token> tokens, TokenNumbers numbers, int k, LocalDate observed) {
        int end;
        if (startsWithDigit(tokens.get(k))) {
            end = bareYear(tokens.get(k), observed) > 0 ? k + 1 : -1;
        } else {
            end = wordedYear(tokens, numbers, k, observed) > 0 ? k + numbers.reading(k).tokens() : -1;
        }
        if (end < 0 || end < tokens.size() && switch (tokens.get(end).word()) {
            case "de", "du", "des", "d" -> true;
            default -> false;
        }) {
            return -1;
        }
        return end;
    }

    /** "2010", "2k10": a recent year, as a noun for a person. */
    private static int bareYear(Token token, LocalDate observed) {
        Matcher k = TWO_THOUSAND_K.matcher(token.word());
        int year = k.matches() ? 2000 + Integer.parseInt(k.group(1))
                : token.isNumber() && token.word().length() == 4 ? token.intValue() : -1;
        return recent(year, observed) ? year : -1;
    }

    /**
     * "née en 20 10": a year cut in two after "en", its century then its last two digits, nothing but a space between
     * (a disguise that keeps each part from looking like a year).
     */
    private static Birth splitYear(String original, List<Token> tokens, int j, int from, LocalDate observed) {
        if (j != from + 1 || !tokens.get(from).word().equals("en") || j + 1 >= tokens.size()) {
            return null;
        }
        Token century = tokens.get(j);
        Token rest = tokens.get(j + 1);
        if (!(century.word().equals("19") || century.word().equals("20")) || !rest.isNumber() || rest.word().length() != 2
                || !original.substring(century.end(), rest.start()).isBlank()) {
            return null;
        }
        int year = century.intValue() * 100 + rest.intValue();
        return recent(year, observed) ? youngest(year, 12, observed, j + 2) : null;
    }

    /**
     * "nées en 2009 et 2010": the years of the others born, after the first, each a mention of its own; returns the
     * token after the last.
     */
    private static int alsoBorn(String original, List<Token> tokens, int end, LocalDate observed, List<BirthYearMention> found) {
        int k = end;
        int year;
        while (k < tokens.size() && k >= 1) {
            // "2009 et 2010", "2009 ou 2010", "2006, 2008 et 2010", "2009 & 2010", "2009/2010": years of one list
            boolean conjunction = tokens.get(k).word().equals("et") || tokens.get(k).word().equals("ou");
            int at = conjunction ? k + 1 : k;
            if (at >= tokens.size() || !conjunction && !listMark(original, tokens.get(k - 1), tokens.get(k))
                    || !startsWithDigit(tokens.get(at)) || (year = bareYear(tokens.get(at), observed)) <= 0) {
                break;
            }
            var birth = youngest(year, 12, observed, at + 1);
            found.add(new BirthYearMention(year, birth.age, Evidence.of(original, tokens.get(at).start(),
                    tokens.get(at).end()), at, at + 1));
            k = at + 1;
        }
        return k;
    }

    /** A comma, "&", "+" or "/" alone between two tokens on one line: items of a list. */
    private static boolean listMark(String original, Token before, Token after) {
        if (after.start() - before.end() > 3) {
            return false;
        }
        String gap = original.substring(before.end(), after.start()).strip();
        return gap.equals(",") || gap.equals("&") || gap.equals("+") || gap.equals("/");
    }

    /** {@code end}: the token after the date. */
    private record Birth(int year, int age, int end) {
    }

    private static Birth birthAt(String original, List<Token> tokens, TokenNumbers numbers, int j, int from, LocalDate observed) {
        Token token = tokens.get(j);
        if (!startsWithDigit(token) && !numbers.isNumber(j)) {
            return null; // every form below opens with a digit or is a number in words: most tokens of a window are neither
        }
        var runTogether = token.word().length() == 8 ? RUN_TOGETHER_DATE.matcher(token.word()) : null;
        if (runTogether != null && runTogether.matches()) {
            int day = Integer.parseInt(runTogether.group(1));
            int month = Integer.parseInt(runTogether.group(2));
            return day >= 1 && day <= 31 && month >= 1 && month <= 12
                    ? exact(Integer.parseInt(runTogether.group(3)), month, day, observed, j + 1) : null;
        }
        var dotted = DOTTED_DATE.matcher(token.word());
        if (dotted.matches()) {
            int written = Integer.parseInt(dotted.group(3)); // "12.12.08": a two-digit year after a birth label
            int fullYear = dotted.group(3).length() == 4 ? written : twoDigitYear(written, observed);
            return exact(fullYear, Integer.parseInt(dotted.group(2)), Integer.parseInt(dotted.group(1)), observed, j + 1);
        }
        var monthYear = MONTH_DOT_YEAR.matcher(token.word());
        if (monthYear.matches()) {
            int month = Integer.parseInt(monthYear.group(1));
            int written = Integer.parseInt(monthYear.group(2));
            return month >= 1 && month <= 12 && written >= 1900 && written <= observed.getYear()
                    ? youngest(written, month, observed, j + 1) : null;
        }
        int year = -1;
        int end = j + 1;
        Matcher k = TWO_THOUSAND_K.matcher(token.word());
        if (k.matches()) {
            year = 2000 + Integer.parseInt(k.group(1));
        } else if (token.isNumber() && token.word().length() == 2 && isNumberEnd(tokens, numbers, j)
                && (j == from + 1 && tokens.get(from).word().equals("en")
                    || apostropheBefore(original, token) // "DDN '09", "bday: '10": the apostrophe of a year cut short
                    || j == from && from >= 1 && isLabel(tokens.get(from - 1)) && !beforeMonth(tokens, j) // "DDN 09", not "DDN 12 mars"
                    || j == from && from >= 1 && isBorn(tokens.get(from - 1)) && pauseAfter(original, token) // "JF née 09, dispo"
                    || j - 1 >= from && (MONTHS.containsKey(tokens.get(j - 1).word()) || SHORT_MONTHS.containsKey(tokens.get(j - 1).word()))
                    || j - 2 >= from && monthAt(tokens.get(j - 1)) != null && dayBefore(tokens, j - 2, from) > 0)) {
            // "née en 09", "DDN : mars 09", "née le 12/03/10": a two-digit year after the label, a month's name, or a day and month
            year = twoDigitYear(token.intValue(), observed);
        } else if (j == from + 1 && tokens.get(from).word().equals("en") && token.word().equals("zero") && j + 1 < tokens.size()
                && numbers.isNumber(j + 1) && numbers.reading(j + 1).tokens() == 1 && numbers.reading(j + 1).value() <= 9) {
            year = twoDigitYear(numbers.reading(j + 1).value(), observed); // "née en zéro neuf": "09" said aloud
            end = j + 2;
        } else if (numbers.isNumber(j)) {
            var reading = numbers.reading(j); // "2010", "deux mille dix"
            if (reading != null && reading.value() >= 1900 && reading.value() <= observed.getYear()
                    && (reading.tokens() > 1 || token.word().length() == 4)) {
                year = reading.value();
                end = j + reading.tokens();
            }
        }
        if (year < 0) {
            return null;
        }
        // "2010-05-04": year, month, day
        if (end + 1 < tokens.size() && tokens.get(end).isNumber() && tokens.get(end + 1).isNumber()
                && tokens.get(end).word().length() <= 2 && tokens.get(end + 1).word().length() <= 2) {
            var iso = exact(year, tokens.get(end).intValue(), tokens.get(end + 1).intValue(), observed, end + 2);
            if (iso != null) {
                return iso;
            }
        }
        // "du 28 décembre, année 2008": the word for a year between the month and the year
        int m = j - 2 >= from && YEAR_WORDS.contains(tokens.get(j - 1).word()) && monthAt(tokens.get(j - 2)) != null ? j - 2 : j - 1;
        Integer month = m >= from ? monthAt(tokens.get(m)) : null;
        if (month == null && m - 1 >= from && dayBefore(tokens, m - 1, from) > 0) {
            month = ROMAN_MONTHS.get(tokens.get(m).word()); // "12.III.2010": a Roman month needs its day before it
        }
        if (month != null) {
            int day = m - 1 >= from ? dayBefore(tokens, m - 1, from) : -1;
            if (day < 0 && m - 1 >= from) {
                day = wordedDayBefore(tokens, numbers, m - 1, from); // "DN trente janvier deux mille onze"
            }
            if (day > 0) {
                var full = exact(year, month, day, observed, end);
                if (full != null) {
                    return full;
                }
            }
            return youngest(year, month, observed, end); // "03/2009", "mars 2009"
        }
        return youngest(year, 12, observed, end);
    }

    private static final Set<String> YEAR_WORDS = Lookup.set(Set.of("annee", "an"));

    private static int twoDigitYear(int yy, LocalDate observed) {
        return yy <= observed.getYear() % 100 ? 2000 + yy : 1900 + yy;
    }

    private static boolean isNumberEnd(List<Token> tokens, TokenNumbers numbers, int j) {
        return j + 1 >= tokens.size() || !numbers.isNumber(j + 1);
    }

    private static Integer monthAt(Token token) {
        if (token.isNumber() && token.word().length() <= 2) {
            int month = token.intValue();
            return month >= 1 && month <= 12 ? month : null;
        }
        Integer month = MONTHS.get(token.word());
        return month != null ? month : SHORT_MONTHS.get(token.word());
    }

    /** Whether a month's name follows: the number before it is a day ("DDN 12 mars 2010", "DDN 12.III.2010"), not a year. */
    private static boolean beforeMonth(List<Token> tokens, int j) {
        return j + 1 < tokens.size() && !tokens.get(j + 1).isNumber() && (monthAt(tokens.get(j + 1)) != null
                || ROMAN_MONTHS.containsKey(tokens.get(j + 1).word()) && j + 2 < tokens.size() && tokens.get(j + 2).isNumber());
    }

    /** A two-digit number glued after an apostrophe ("'09", "’10"): a year cut short. */
    private static boolean apostropheBefore(String original, Token token) {
        int k = token.start() - 1;
        return k >= 0 && (original.charAt(k) == '\'' || original.charAt(k) == '’')
                && (k == 0 || !Character.isLetter(original.charAt(k - 1)));
    }

    /** The day before a month, or before "er" ("1er septembre"): -1 if none. */
    private static int dayBefore(List<Token> tokens, int k, int from) {
        if (tokens.get(k).word().equals("er") && k - 1 >= from) {
            k--;
        }
        Token day = tokens.get(k);
        return day.isNumber() && day.word().length() <= 2 && day.intValue() >= 1 && day.intValue() <= 31 ? day.intValue() : -1;
    }

    /** A day of the month in words ending at {@code k} ("trente", "vingt et un", "premier"), or -1. */
    private static int wordedDayBefore(List<Token> tokens, TokenNumbers numbers, int k, int from) {
        if (tokens.get(k).word().equals("premier")) {
            return 1;
        }
        for (int start = Math.max(from, k - 2); start <= k; start++) {
            if (!tokens.get(start).isNumber() && numbers.isNumber(start)) {
                var reading = numbers.reading(start);
                if (reading != null && start + reading.tokens() == k + 1 && reading.value() >= 1 && reading.value() <= 31) {
                    return reading.value();
                }
            }
        }
        return -1;
    }

    /** Born on the last day of that month of that year (the youngest possible). */
    private static Birth youngest(int year, int month, LocalDate observed, int end) {
        return exact(year, month, YearMonth.of(year, month).lengthOfMonth(), observed, end);
    }

    private static Birth exact(int year, int month, int day, LocalDate observed, int end) {
        if (year < 1900 || year > observed.getYear()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            if (date.isAfter(observed)) {
                date = LocalDate.of(year, 1, 1).isAfter(observed) ? null : observed;
            }
            return date == null ? null : new Birth(year, Period.between(date, observed).getYears(), end);
        } catch (DateTimeException invalidDate) {
            return month >= 1 && month <= 12 ? youngest(year, month, observed, end) : youngest(year, 12, observed, end);
        }
    }
}
