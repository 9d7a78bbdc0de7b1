package fr.vigie.processing.analysis;

import java.util.List;
import java.util.Set;

/**
 * The age now that a stated age implies when it is said in another time: a coming birthday
 * ("18 ans dans deux mois", "je vais avoir 17 ans samedi", "j'aurai 25 ans en janvier",
 * "bientôt 19", "encore six mois avant mes 18 ans", "je fête mes 18 ans en mars") means a year
 * less today, or as many years as the text counts to it ("dans 2 ans", "il me reste 3 ans avant
 * mes 18", "plus que trois ans avant mes 18 ans"); a past age with its distance ("l'an dernier
 * j'avais 15 ans", "il y a deux ans j'avais 15 ans") means that much more; a past age without
 * one ("quand j'avais 16 ans") says nothing of today ({@code past}).
 */
record PresentAge(int value, boolean past) {

    private static final Set<String> FUTURE_VERBS = Lookup.set(Set.of("aurai", "auras", "aura", "aurons", "aurez",
            "auront", "feterai", "fetera", "feter"));
    private static final Set<String> GOING_TO = Lookup.set(Set.of("vais", "vas", "va"));
    /** "aller sur ses 16 ans": the verb of heading for an age, and the possessives it takes. */
    private static final Set<String> HEADING = Lookup.set(Set.of("va", "vais", "vas", "allant", "aller", "vont", "allons"));
    private static final Set<String> POSSESSIVES = Lookup.set(Set.of("ses", "mes", "tes", "leurs", "nos"));
    private static final Set<String> PAST_VERBS = Lookup.set(Set.of("avais", "avait", "avions", "aviez", "avaient"));
    private static final Set<String> SHORT_DURATIONS = Lookup.set(Set.of("mois", "semaine", "semaines", "jour", "jours"));
    private static final Set<String> YEARS = Lookup.set(Set.of("an", "ans", "annee", "annees"));
    /**
     * Before a count of time, these count down to what follows ("encore 6 mois", "il me reste 3 ans", "plus que 2 ans",
     * "il me manque six mois pour avoir 18 ans").
     */
    private static final Set<String> COUNTDOWN = Lookup.set(Set.of("encore", "reste", "restent", "dans", "que", "manque",
            "manquent"));
    /** After "mes N ans c'est": the words that give its day ("le 20 février", "en mars", "dans un mois", "bientôt"). */
    private static final Set<String> BIRTHDAY_DAY = Lookup.set(Set.of("le", "en", "dans", "bientot", "pour"));
    /** Words for a birthday before "des 18 ans" ("mon anniv des 18 ans c'est en mars"). */
    private static final Set<String> BIRTHDAY = Lookup.set(Set.of("anniv", "anniversaire", "annif"));
    private static final int BEFORE = 3;
    private static final int AFTER = 4;
    private static final int DISTANCE_WINDOW = 8;

    /** A word that opens a birthday's day after "mes 18 ans c'est": "le", "en", "dans", "bientôt", "pour", or a month. */
    static boolean namesADay(Token token) {
        return BIRTHDAY_DAY.contains(token.word()) || BirthYearExtractor.MONTHS.containsKey(token.word());
    }

    /**
     * Null when the age is said in the present.
     *
     * @param number the token of the age's number; {@code start} its mention's first token (a prefix: "j'aurai")
     */
    static PresentAge of(List<Token> tokens, TokenNumbers numbers, int number, int start, int end, int stated) {
        boolean future = false;
        boolean past = false;
        for (int k = Math.max(0, number - BEFORE); k < number; k++) {
            String word = tokens.get(k).word();
            future |= FUTURE_VERBS.contains(word)
                    || (word.equals("avoir") && k >= 1 && GOING_TO.contains(tokens.get(k - 1).word()));
            past |= PAST_VERBS.contains(word);
        }
        future |= number >= 1 && AgeExtractor.SOON.contains(tokens.get(number - 1).word()); // "bientôt 19", "presque 18"
        // "elle va sur ses seize ans", "je vais sur mes 17 ans": the age one is heading for, a birthday still to come
        future |= headingFor(tokens, number);
        // "avant mes 18 ans", "je fête mes 18 ans (en mars)": a birthday still to come
        if (number >= 1 && tokens.get(number - 1).word().equals("mes") && number >= 2) {
            String verb = tokens.get(number - 2).word();
            future |= verb.equals("avant") || (verb.equals("fete") && !(number >= 3 && tokens.get(number - 3).word().equals("ai")));
        }
        // "elle fête ses dix-huit ans en mars": another's birthday, to come when its day follows
        if (number >= 2 && (tokens.get(number - 1).word().equals("ses") || tokens.get(number - 1).word().equals("tes"))
                && tokens.get(number - 2).word().equals("fete") && end < tokens.size() && namesADay(tokens.get(end))
                && !tokens.get(end).word().equals("pour")) {
            future = true;
        }
        // "mes 18 ans c'est le 20 février", "mes vingt ans c'est en mars": a birthday named, then its day to come
        // "mon anniv des 18 ans c'est en mars" likewise
        if (number >= 1 && (tokens.get(number - 1).word().equals("mes") || number >= 2 && tokens.get(number - 1).word().equals("des")
                && BIRTHDAY.contains(tokens.get(number - 2).word()))) {
            for (int k = end; k + 1 < Math.min(tokens.size(), end + AFTER); k++) {
                if (tokens.get(k).word().equals("est") && namesADay(tokens.get(k + 1))) {
                    future = true;
                    break;
                }
            }
        }
        // "pas 18 avant l'été", "pas 18 ans avant juin": a birthday still to come
        if (number >= 1 && tokens.get(number - 1).word().equals("pas")) {
            for (int k = end; k < Math.min(tokens.size(), end + 2); k++) {
                future |= tokens.get(k).word().equals("avant");
            }
        }
        int years = 1;
        int countdown = countdownBefore(tokens, numbers, number, future);
        if (countdown != 0) {
            future = true;
            years = countdown;
        }
        for (int k = end; k < Math.min(tokens.size(), end + AFTER); k++) {
            if (numbers.isNumber(k)) {
                break; // "j'ai 17 ans, 18 dans 10 jours": the time that follows is another number's
            }
            String word = tokens.get(k).word();
            if (word.equals("demain") && k == end || (word.equals("prochain") || word.equals("prochaine")) && onlyTime(tokens, end, k)) {
                future = true; // "18 ans demain", "18 ans le mois prochain"; not "16 ans, dispo demain"
                break;
            }
            if (tokens.get(k).word().equals("dans") && k + 1 < tokens.size() && numbers.isNumber(k + 1)) {
                var count = numbers.reading(k + 1);
                int unit = k + 1 + count.tokens();
                if (unit < tokens.size() && SHORT_DURATIONS.contains(tokens.get(unit).word())) {
                    future = true;
                } else if (unit < tokens.size() && YEARS.contains(tokens.get(unit).word())) {
                    future = true;
                    years = count.value();
                }
                break;
            }
        }
        if (future && !past) {
            return new PresentAge(stated - years, false);
        }
        if (past) {
            int ago = yearsAgo(tokens, numbers, start, end);
            if (ago > 0) {
                return new PresentAge(stated + ago, false);
            }
            return reportedOrEstimated(tokens, number, end) ? new PresentAge(stated, false) : new PresentAge(stated, true);
        }
        return null;
    }

    /** "je vais sur mes 16", "elle va sur ses seize ans": the number at {@code number} is the age one is heading for. */
    static boolean headingFor(List<Token> tokens, int number) {
        return number >= 3 && POSSESSIVES.contains(tokens.get(number - 1).word()) && tokens.get(number - 2).word().equals("sur")
                && HEADING.contains(tokens.get(number - 3).word());
    }

    /** Verbs of saying that put the clause after them in the past by the sequence of tenses ("elle m'a dit qu'elle avait 16 ans"). */
    private static final Set<String> SAYING_VERBS = Lookup.set(Set.of("dit", "disait", "dis", "avoue", "avouait",
            "raconte", "racontait", "affirme", "affirmait", "pretend", "pretendu", "pretendait", "explique", "expliquait",
            "jure", "jurait", "assure", "assurait", "precise", "precisait", "confie", "confiait", "annonce", "annoncait",
            "ecrit", "ecrivait", "repondu", "repondait", "soutenu", "soutenait", "certifie", "certifiait", "admis", "admettait"));
    /** Subjects of the reported clause: the person spoken of, or the writer. */
    private static final Set<String> SUBJECTS = Lookup.set(Set.of("elle", "il", "je", "j"));
    /** After the age, these say whose word it is ("elle avait 15 ans selon elle", "d'après lui"). */
    private static final Set<String> ACCORDING_TO = Lookup.set(Set.of("selon", "apres"));
    /** Before the verb, these make the clause a time in the past, not a report ("quand elle avait 15 ans"). */
    private static final Set<String> WHEN = Lookup.set(Set.of("quand", "lorsque", "lorsqu", "epoque", "temps"));

    /**
     * The imparfait that is no past: a reported clause, where the sequence of tenses puts the
     * present of what was said in the imparfait ("elle m'a dit qu'elle avait 16 ans", "la petite
     * avait 15 ans d'après elle"), or an appearance ("elle avait l'air d'avoir 14 ans"): a client's
     * account of a recent meeting, which says her age then, and so now. Not after "quand"
     * ("quand elle avait 15 ans", "elle avait 16 ans quand…" are a time in the past) nor when a thing is the subject ("le patron
     * m'a dit que la maison avait 15 ans": the subject is no person, so no report of an age).
     */
    private static boolean reportedOrEstimated(List<Token> tokens, int number, int end) {
        int verb = -1;
        for (int k = number - 1; k >= Math.max(0, number - BEFORE); k--) {
            if (PAST_VERBS.contains(tokens.get(k).word())) {
                verb = k;
                break;
            }
        }
        if (verb < 0) {
            return false;
        }
        for (int k = Math.max(0, verb - 3); k < Math.min(tokens.size(), end + 2); k++) {
            if (WHEN.contains(tokens.get(k).word()) && (k < verb || k >= end)) {
                return false; // "quand elle avait 15 ans", "elle avait 16 ans quand elle s'est mariée": a time in the past
            }
        }
        for (int k = verb + 1; k < number; k++) {
            if (tokens.get(k).word().equals("air")) {
                return true; // "avait l'air d'avoir 14 ans": an estimate of her age at the meeting
            }
        }
        boolean personSubject = verb >= 1 && (SUBJECTS.contains(tokens.get(verb - 1).word())
                || AgeExtractor.isPersonWord(tokens.get(verb - 1).word()));
        if (!personSubject) {
            return false;
        }
        for (int k = Math.max(0, verb - 5); k < verb - 1; k++) {
            if (SAYING_VERBS.contains(tokens.get(k).word())) {
                return true;
            }
        }
        for (int k = end; k < Math.min(tokens.size() - 1, end + AFTER); k++) {
            if (ACCORDING_TO.contains(tokens.get(k).word()) && (SUBJECTS.contains(tokens.get(k + 1).word())
                    || tokens.get(k + 1).word().equals("lui"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A count of time before the age that counts down to it ("encore 6 mois et j'ai 18 ans", "il me
     * reste 3 ans avant mes 18"): the years it counts (1 for months, weeks or days), 0 if none.
     */
    private static int countdownBefore(List<Token> tokens, TokenNumbers numbers, int number, boolean future) {
        for (int k = Math.max(1, number - DISTANCE_WINDOW); k < number - 1; k++) {
            if (!numbers.isNumber(k) || !COUNTDOWN.contains(tokens.get(k - 1).word())) { // the cached test first
                continue;
            }
            if (tokens.get(k - 1).word().equals("que") && !(k >= 2 && tokens.get(k - 2).word().equals("plus"))) {
                continue; // "plus que 3 ans", not any "que"
            }
            var count = numbers.reading(k);
            int unit = k + count.tokens();
            if (unit >= number || count.value() <= 0) {
                continue;
            }
            if (!future && !linked(tokens, unit + 1, number) && !onlySaying(tokens, unit + 1, number)) {
                continue; // "encore 2 jours à Lyon, 25 ans": a stay, not a countdown to the age
            }
            String word = tokens.get(unit).word();
            if (SHORT_DURATIONS.contains(word)) {
                return 1;
            }
            if (YEARS.contains(word) && count.value() < 10) {
                return count.value();
            }
        }
        return 0;
    }

    /** "dans deux mois j'ai 18 ans": only the words saying the age between the count of time and the age. */
    private static boolean onlySaying(List<Token> tokens, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!SAYING.contains(tokens.get(k).word())) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> SAYING = Lookup.set(Set.of("j", "je", "ai", "jai", "j'ai", "elle", "il", "a", "on",
            "aura", "aurai", "vais", "va", "avoir", "fais", "fait", "fete", "mes", "ses"));

    /** "… avant mes 18", "… et j'ai 18 ans", "… pour avoir 18 ans": the count of time leads to the age. */
    private static boolean linked(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String word = tokens.get(k).word();
            if (word.equals("avant") || word.equals("et") || word.equals("pour")) {
                return true;
            }
        }
        return false;
    }

    /** Only "le mois", "la semaine", "l'an", "l'année" between the age and "prochain(e)". */
    private static boolean onlyTime(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String word = tokens.get(k).word();
            if (!word.equals("le") && !word.equals("la") && !word.equals("mois") && !word.equals("semaine")
                    && !YEARS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** "l'an dernier" / "l'année dernière" → 1, "il y a N ans" → N, nothing → 0. */
    private static int yearsAgo(List<Token> tokens, TokenNumbers numbers, int start, int end) {
        for (int k = Math.max(1, start - DISTANCE_WINDOW); k < Math.min(tokens.size(), end + AFTER); k++) {
            String word = tokens.get(k).word();
            if ((word.equals("dernier") || word.equals("derniere")) && YEARS.contains(tokens.get(k - 1).word())) {
                return 1;
            }
            if (word.equals("a") && tokens.get(k - 1).word().equals("y") && k + 1 < tokens.size() && numbers.isNumber(k + 1)) {
                var count = numbers.reading(k + 1);
                int unit = k + 1 + count.tokens();
                if (unit < tokens.size() && YEARS.contains(tokens.get(unit).word()) && count.value() < 10) {
                    return count.value();
                }
            }
        }
        return 0;
    }
}
