package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads ages on analysed tokens, where disguises are already undone: "16 ans", "16ans", "16a",
 * "1 6 ans", "1️⃣6️⃣ ans", "seize ans", "16 piges", "dix-sept ans", "15yo", "j'ai 15", "âge : 16".
 * Whether an age counts as a minor's is the rules' business; this only says what is written and
 * whether it is a range or a threshold, which are syntax, not policy.
 */
final class AgeExtractor {

    static final int MIN_AGE = 10;
    static final int MAX_AGE = 99;

    /** Age units, with the Romance languages' years, the creoles' ("17 lanné") and candles (rule data: {@code words.ageUnits}). */
    private static final ExtractorWords.WordList UNITS = ExtractorWords.list("ageUnits");
    /** Units that are only an age when glued to the number ("16a"), never "16 à". */
    private static final Set<String> GLUED_ONLY = Lookup.set(Set.of("a", "y"));
    /** After "j'ai 15" these make it a count, not an age. */
    private static final Set<String> NOT_AN_AGE_AFTER = Lookup.set(Set.of("euro", "euros", "eur", "e", "h", "heures", "min",
            "minutes", "cm", "kg", "kilos", "m", "k", "fois", "enfants", "personnes", "clients", "abonnes",
            "followers", "jours", "semaines", "mois", "photos", "messages", "roses", "de", "sur", "x"));
    /** The birthday cake, which the rules' spellings read as "ans". */
    private static final String CAKE = "🎂";
    /** Who says an age before "dit"/"dis" ("elle dit 18"): a subject pronoun, so "le compteur dit 18" is no age. */
    private static final Set<String> SAYERS = Lookup.set(Set.of("elle", "il", "je", "j", "tu", "on"));
    private static final Set<String> RANGE_WORDS = Lookup.set(Set.of("a", "au", "ou"));
    /** The marks that join a range's bounds ("15-17 ans", "15/17 ans", "15–17 ans"). */
    private static final String RANGE_MARKS = "-‐‑–—/~";
    /** Words for a person an age without unit may follow ("ma copine 17,", "moi (20)"). */
    private static final ExtractorWords.WordList PERSON_WORDS = ExtractorWords.list("personWords");
    static boolean isPersonWord(String word) {
        return PERSON_WORDS.contains(word);
    }

    /** "je suis" as chat writes it ("jsuis 15 f", "chui 18 depuis hier"): a number after it is the writer's. */
    static final Set<String> CHAT_JE_SUIS = Lookup.set(Set.of("suis", "jsuis", "jsui", "chui", "chuis"));

    /** Forms of "avoir" after which a number is an age ("vais avoir 17", "j'aurai 18"), unless a count follows. */
    private static final Set<String> AVOIR = Lookup.set(Set.of("avoir", "aurai", "aura", "auras", "avais", "avait"));
    /** "bientôt 18", "presque 17": a coming birthday ({@link PresentAge} reads the age it implies now). */
    static final Set<String> SOON = Lookup.set(Set.of("bientot", "presque"));
    /** Before a capitalised word, these make it a place ("sur Nice, 06…"). */
    private static final Set<String> PLACE_PREPOSITIONS = Lookup.set(Set.of("sur", "a", "vers", "dans", "de", "en",
            "pres", "secteur", "cote"));

    private AgeExtractor() {
    }

    static List<AgeMention> extract(String original, List<Token> tokens) {
        return extract(original, tokens, new TokenNumbers(tokens));
    }

    static List<AgeMention> extract(String original, List<Token> tokens, TokenNumbers numbers) {
        return extract(original, tokens, numbers, null);
    }

    /**
     * @param numbers  the report's number readings, shared with the rule engine (read once per token)
     * @param observed the day the text was seen, for a birthday on a named day ("18 ans à Noël"); null: none read
     */
    static List<AgeMention> extract(String original, List<Token> tokens, TokenNumbers numbers, java.time.LocalDate observed) {
        var ages = new ArrayList<AgeMention>();
        int i = 0;
        while (i < tokens.size()) {
            var reading = numbers.reading(i);
            if (reading == null || reading.value() < MIN_AGE || reading.value() > MAX_AGE) {
                i++;
                continue;
            }
            int after = i + reading.tokens();
            int start = i;
            int end;
            AgeMention.Kind kind = null;
            boolean bare = false;
            boolean toCome = false;
            boolean since = false;
            int unitEnd = after < tokens.size() ? unitEnd(original, tokens, after) : -1;
            int chained = unitEnd < 0 ? chainedToUnit(original, tokens, numbers, after) : 0;
            if (unitEnd > 0) {
                end = unitEnd;
            } else if ((isAgePrefix(original, tokens, i) || isLearnersAge(original, tokens, i, after))
                    && !isCountAfter(tokens, after)) {
                start = tokens.get(i - 1).word().equals("de") ? i - 2 : i - 1;
                end = after;
            } else if (chained != 0) {
                end = after; // "19 et 16 ans", "16 à 17 ans": this number shares the unit of the last one
                boolean between = i >= 1 && tokens.get(i - 1).word().equals("entre"); // "entre 13 et 17 ans"
                kind = chained > 0 && !between ? AgeMention.Kind.STATED : AgeMention.Kind.RANGE;
                if (kind == AgeMention.Kind.RANGE && reading.value() >= MajorityAge.MAJORITY && isWideBracket(original, tokens, numbers, after,
                        reading.value()) && !(i >= 1 && tokens.get(i - 1).word().equals("de"))) {
                    // "public 18-25 ans", "18–30 ans, logé nourri": an adult bracket, no one's age ("trois filles de 21 à 26
                    // ans" are people's)
                    kind = AgeMention.Kind.THRESHOLD;
                }
            } else if (opensWithTeen(original, tokens, i, after)) {
                end = after; // "Seventeen and looking for fun": the number alone
            } else if (isBareAge(original, tokens, numbers, i, after)) {
                bare = true; // "Maëlys, 16,", "ma copine 17,", "moi (20)": the person and the number
                end = after;
            } else if (BirthdayToCome.opens(original, tokens, numbers, i, after)) {
                toCome = true; // "18 le mois prochain 🙈": the writer's birthday to come
                end = after;
            } else if (BriefText.isAge(original, tokens, numbers, i, after)) {
                end = after; // "15 dispo ?": two or three words, the number is the writer's age
            } else if (answersAnAgeQuestion(original, tokens, i, after)) {
                bare = true; // "— elle a quel âge ? — 16, mais…": a reply that opens with a number answers the question
                end = after;
            } else if (AgeSinceOrUntil.at(original, tokens, numbers, i, after)) {
                since = true; // "Moi 18 depuis hier", "elle 17 jusqu'au 30": her age, counted from or to a birthday
                end = after;
            } else {
                i++;
                continue;
            }
            if (kind == null) {
                kind = kind(original, tokens, i, after, end);
            }
            if (kind == AgeMention.Kind.STATED && unitEnd > 0 && i >= 1 && until(original, tokens, i - 1)) {
                kind = AgeMention.Kind.THRESHOLD; // "gratuit jusqu'à 12 ans", "10 € par année jusqu'à 15 ans": a limit, no one's age
            }
            if (kind == AgeMention.Kind.STATED && unitEnd > 0 && bornAgo(original, tokens, i)) {
                start = i - 4; // "née il y a 15 ans": the age of the one born, "il y a" is part of it (no time ago)
            }
            int notReached = kind == AgeMention.Kind.STATED || kind == AgeMention.Kind.THRESHOLD
                    ? AgeNotReached.from(original, tokens, i, end) : -1;
            if (notReached >= 0) {
                kind = AgeMention.Kind.UNDER; // "j'ai pas 18 ans", "moins de 18 ans": younger than the number
                start = Math.min(start, notReached);
                end = AgeNotReached.end(original, tokens, end);
            } else if (kind == AgeMention.Kind.STATED && AgeNotReached.isAudienceLimit(tokens, i)) {
                kind = AgeMention.Kind.THRESHOLD; // "interdit aux moins de 18 ans"
            }
            if ((kind == AgeMention.Kind.STATED || kind == AgeMention.Kind.UNDER) && unitEnd > 0 && (yearsOfSomething(original, tokens, end)
                    || yearsSince(original, tokens, i, end) || AnniversaryOfAThing.at(original, tokens, i, PERSON_WORDS))) {
                kind = AgeMention.Kind.DURATION; // "18 ans de conduite", "notre crêperie fête ses 15 ans": a thing's years
            }
            int value = reading.value();
            if (kind == AgeMention.Kind.STATED && noLonger(tokens, i)) {
                value++; // "j'ai plus 17 ans (depuis le mois dernier)": no longer 17, so 18 at least
                start = Math.min(start, i - 1);
            }
            var present = PresentAge.of(tokens, numbers, i, start, end, value);
            if (present != null && kind == AgeMention.Kind.STATED) {
                kind = present.past() ? AgeMention.Kind.PAST : kind;
                value = present.value();
            } else if (toCome && present == null) {
                value--;
            } else if (present == null && kind == AgeMention.Kind.STATED && unitEnd > 0
                    && BirthdayOnADay.toCome(tokens, numbers, i, end, observed)) {
                value--; // "18 ans à Noël", "18 ans le 3 janvier" seen before that day: 17 now
            }
            var evidence = Evidence.of(original, tokens.get(bare ? i - 1 : start).start(), tokens.get(end - 1).end());
            int first = Math.min(start, chainStart(original, tokens, numbers, i));
            int presentedFrom = first; // "depuis mes 16 ans" is one phrase, but "depuis" presents no one
            if (present != null && !present.past() && i >= 2 && tokens.get(i - 1).word().equals("mes")) {
                first = Math.min(first, i - 2); // "avant mes 18 ans" is one phrase: "avant" is no limit on it
            } else if (present != null && !present.past() && i >= 2 && tokens.get(i - 1).word().equals("avoir")
                    && tokens.get(i - 2).word().equals("avant")) {
                first = Math.min(first, i - 2); // "un an avant d'avoir 18 ans" likewise (the elided "d'" is no token)
            } else if (i >= 2 && tokens.get(i - 1).word().equals("mes") && tokens.get(i - 2).word().equals("depuis")) {
                first = Math.min(first, i - 2); // "depuis mes 16 ans": the writer's age since a birthday, no duration
                presentedFrom = i - 1;
            }
            ages.add(new AgeMention(value, kind, evidence, first, end, bare || since || isPresented(original, tokens, presentedFrom, end)
                    || answersAnAgeQuestion(original, tokens, i, after)));
            i = end;
        }
        return ages;
    }

    /**
     * Whether the age presents someone: it stands on its own ("16 ans, dispo"), or the token before
     * it names or designates a person ("Léa 17 ans", "jeune fille de 17 ans", "j'ai 16 ans").
     */
    private static boolean isPresented(String original, List<Token> tokens, int first, int end) {
        int h = first - 1;
        if (h < 0 || standsAlone(original, tokens.get(h).end(), tokens.get(first).start())) {
            return true; // "16 ans, dispo", "…du texte, 16 ans": an age on its own is the writer's
        }
        if (tokens.get(h).word().equals("de") && h >= 1) {
            String noun = tokens.get(h - 1).word(); // "une fille de 16 ans", "âgée de 16 ans", not "un chat de 15 ans"
            return PERSON_WORDS.contains(noun) || noun.startsWith("age");
        }
        // "j'ai 16 ans", "elle a 16 ans": someone saying their age, or someone's
        if (isAgePrefix(original, tokens, first) || tokens.get(h).word().equals("a") && h >= 1
                && PERSON_WORDS.contains(tokens.get(h - 1).word())) {
            return true;
        }
        if (saidOfAPerson(original, tokens, first)) {
            return true;
        }
        String gap = original.substring(tokens.get(h).end(), tokens.get(first).start()).strip();
        if (!gap.isEmpty() && !gap.equals(",")) {
            return false;
        }
        Token holder = tokens.get(h);
        if (PERSON_WORDS.contains(holder.word())) {
            return true;
        }
        boolean placeBefore = h >= 1 && PLACE_PREPOSITIONS.contains(tokens.get(h - 1).word());
        boolean name = Character.isUpperCase(original.codePointAt(holder.start())) && !holder.isNumber() && !placeBefore
                && !PlaceExtractor.CITIES.containsKey(holder.word()) && Character.isLetter(holder.word().charAt(0));
        // a capital at the start of a sentence may be any noun ("Whisky 16 ans d'âge…"): a name then
        // stands apart, with a comma ("Léa, 17 ans") or a pause after the age ("Léa 17 ans, …")
        return name && (gap.equals(",") || !startsSentence(original, holder.start()) || pauseAt(original, tokens.get(end - 1).end()));
    }

    /** Words of a question about someone's age: the one asked, or the one spoken of. */
    private static final Set<String> ASKED = Lookup.set(Set.of("tu", "t", "toi", "as", "vous", "avez", "elle", "lui",
            "you", "she", "is", "are"));

    /** The question around {@code k} (its line, up to the question mark) names or addresses a person. */
    private static boolean asksAPerson(String original, List<Token> tokens, int k, int question) {
        if (asksALimit(tokens, k)) {
            return false; // "à partir de quel âge une ado peut bosser ?": the answer is a limit, no one's age
        }
        int lineStart = original.lastIndexOf('\n', tokens.get(k).start()) + 1;
        for (int j = k - 1; j >= 0 && tokens.get(j).start() >= lineStart; j--) {
            if (ASKED.contains(tokens.get(j).word()) || PERSON_WORDS.contains(tokens.get(j).word())) {
                return true;
            }
        }
        for (int j = k + 1; j < tokens.size() && tokens.get(j).end() <= question; j++) {
            if (ASKED.contains(tokens.get(j).word()) || PERSON_WORDS.contains(tokens.get(j).word())) {
                return true;
            }
        }
        return false;
    }

    /** "à partir de quel âge", "dès quel âge", "quel âge minimum", "à quel âge peut-on": a question about a limit. */
    private static boolean asksALimit(List<Token> tokens, int age) {
        boolean which = age >= 1 && tokens.get(age - 1).word().equals("quel");
        String before = which && age >= 2 ? tokens.get(age - 2).word() : "";
        String after = age + 1 < tokens.size() ? tokens.get(age + 1).word() : "";
        return which && (before.equals("des") || before.equals("de") && age >= 3 && tokens.get(age - 3).word().equals("partir")
                || after.equals("minimum") || after.equals("minimal") || after.equals("faut") || after.equals("peut"));
    }

    private static final Set<String> HAVE = Lookup.set(Set.of("ai", "as", "a", "avons", "avez", "ont"));

    /** "j'ai plus 17 ans", "elle a plus seize ans": "plus" with no "de" right before the number after "avoir" is "no longer". */
    private static boolean noLonger(List<Token> tokens, int number) {
        return number >= 2 && tokens.get(number - 1).word().equals("plus") && HAVE.contains(tokens.get(number - 2).word());
    }

    /**
     * A reply reported in indirect speech, after the question's closing quotation mark or on its own: "». On a dit",
     * "J'ai répondu", "elle lui a dit" — the verb of answering ends what comes before the number.
     */
    private static final java.util.regex.Pattern REPORTED_ANSWER = java.util.regex.Pattern.compile(
            "(?iu)^[»”\"'.,;\\s]*(?:on|j['’]?|je|elle|il|nous|ma copine|mon amie)\\s*(?:lui |leur )?(?:ai|a|avons)\\s+"
                    + "(?:dit|répondu|repondu)$");
    /** The first of two numbers joined by "et", at the end of what comes before the second ("on a dit 14 et"). */
    private static final java.util.regex.Pattern PAIRED_NUMBER_BEFORE = java.util.regex.Pattern.compile(
            "(?u)\\s*(?:\\p{Nd}[\\uFE0F\\u20E3]*){1,2}\\s+et$"); // keycaps too ("1️⃣4️⃣ et")

    /** How far back (characters) a question may be for the number opening the next reply to answer it. */
    static final int QUESTION_REACH = 160;

    /**
     * A number that opens a reply (at the start of a line, after a speaker's label or a dash, or
     * right after the question mark) and stands alone (a pause or the end after it), when the
     * question before it asks an age ("elle a quel âge la petite ?" / "R. : 16, mais elle fait
     * plus", "t'as quel âge ? 15"): in a dialogue the answer is the age of the one asked about.
     */
    private static boolean answersAnAgeQuestion(String original, List<Token> tokens, int i, int after) {
        if (i < 1 || after < tokens.size() && tokens.get(after).isNumber()) {
            return false;
        }
        int numberStart = tokens.get(i).start();
        // the question first: most numbers follow none, and the closing checks below cut a substring for a pattern
        int question = original.lastIndexOf('?', numberStart - 1);
        if (question < 0 || numberStart - question > QUESTION_REACH) {
            return false;
        }
        int numberEnd = tokens.get(after - 1).end();
        char next = numberEnd < original.length() ? original.charAt(numberEnd) : '.';
        int close = numberEnd;
        while (close < original.length() && Character.isWhitespace(original.charAt(close))) {
            close++;
        }
        char closing = close < original.length() ? original.charAt(close) : '.';
        // "… : 14 | [MP] Kev : …": a bar closes a message in a pasted chat log as a full stop does; "« 14 »": a quoted
        // reply, closed by its quotation mark
        // "on a dit 14 et 15.": the first of two numbers joined by "et" answers too when the second closes the reply
        boolean pairedWithNext = after + 1 < tokens.size() && tokens.get(after).word().equals("et")
                && tokens.get(after + 1).isNumber();
        // and the second, whatever follows it ("on a répondu 13 et 14 et il veut…"), asked last: it cuts a substring
        if (",.;!\n)".indexOf(next) < 0 && "|»”\"".indexOf(closing) < 0 && !pairedWithNext
                && !PAIRED_NUMBER_BEFORE.matcher(original.substring(Math.max(0, numberStart - 12), numberStart).strip()).find()) {
            return false;
        }
        // what opens the reply: from the question mark, or the line's start if the reply has its own line, to the
        // number ("? 16", "?\n— 16", "? — Elle : 16"): nothing, or a dash or a speaker's name and a colon
        int lineStart = original.lastIndexOf('\n', numberStart - 1) + 1;
        String opening = original.substring(Math.max(lineStart, question + 1), numberStart).strip();
        opening = PAIRED_NUMBER_BEFORE.matcher(opening).replaceFirst("").strip(); // "on a dit 14 et" before "15"
        boolean opensReply = opening.isEmpty() || opening.endsWith(":") || opening.endsWith("—") || opening.endsWith("–")
                || opening.endsWith("-") || opening.endsWith("«") || opening.endsWith("“") || opening.endsWith("\"")
                || REPORTED_ANSWER.matcher(opening).find();
        if (!opensReply || opening.length() > 30) {
            return false;
        }
        for (int k = i - 1; k >= 0 && tokens.get(k).end() > question - QUESTION_REACH; k--) {
            String word = tokens.get(k).word();
            if (tokens.get(k).end() <= question && (word.equals("age") || word.equals("old") && k >= 1
                    && tokens.get(k - 1).word().equals("how"))) {
                // the question is on that word's line, and asks a person's age ("quel âge a votre voiture ?" does not)
                return original.substring(tokens.get(k).end(), question).indexOf('\n') < 0
                        && asksAPerson(original, tokens, k, question);
            }
        }
        return false;
    }

    /**
     * Hedges said between the verb and an age when someone guesses a person's age ("elle a genre 14
     * ans", "elle faisait à peine 13 ans"); not "environ" or "à peu près", said as often of a thing
     * ("la table, elle a environ quinze ans").
     */
    private static final Set<String> HEDGES = Lookup.set(Set.of("genre", "peine", "a", "facile", "max", "maximum",
            "tipo", "euh", "limite", "style", "vraiment"));
    /** Verbs that give someone's age or the age she looks ("elle a", "elle faisait", "elle semblait avoir"). */
    private static final Set<String> AGE_VERBS = Lookup.set(Set.of("a", "avait", "fait", "faisait", "semble", "semblait",
            "parait", "paraissait", "avoir", "donne", "donnait"));
    /** Subjects that are a person: the one presented or the writer. */
    private static final Set<String> PERSON_SUBJECTS = Lookup.set(Set.of("elle", "je", "j", "tu", "lui"));

    /**
     * The age said of a person by a verb of having or looking, maybe with hedges between ("elle a
     * genre 14 ans", "elle faisait à peine 13 ans", "la fille semblait avoir 14 ans"): a witness's or
     * a client's words about someone, which present her as much as "elle a 14 ans" does.
     */
    private static boolean saidOfAPerson(String original, List<Token> tokens, int first) {
        for (int k = first - 1; k >= 1 && first - k <= 4 && Sentences.same(original, tokens, k, first); k--) {
            if (AGE_VERBS.contains(tokens.get(k).word()) && personSubjectOf(tokens, k)) {
                return true;
            }
            if (!HEDGES.contains(tokens.get(k).word())) {
                return false;
            }
        }
        return false;
    }

    /** Whether the verb at {@code k} has a person for subject, through "avoir" and "l'air" ("elle semblait avoir"). */
    private static boolean personSubjectOf(List<Token> tokens, int k) {
        int verb = k;
        if (tokens.get(verb).word().equals("avoir")) {
            verb--; // "semblait avoir", "avait l'air d'avoir": the verb of looking before "avoir"
            if (verb >= 0 && tokens.get(verb).word().equals("air")) {
                verb--;
            }
            if (verb < 1 || !AGE_VERBS.contains(tokens.get(verb).word()) || tokens.get(verb).word().equals("avoir")) {
                return false;
            }
        }
        String who = tokens.get(verb - 1 < 0 ? 0 : verb - 1).word();
        return verb >= 1 && (PERSON_SUBJECTS.contains(who) || PERSON_WORDS.contains(who));
    }

    /** Verbs of having an age just before its number ("j'ai 16 ans que…" stays an age, however odd). */
    private static final Set<String> HAS = Lookup.set(Set.of("ai", "as", "a", "avons", "avez", "ont"));

    /**
     * "16 ans que mon père bosse à l'usine", "ça fait 18 ans qu'il attend": the unit then "que" counts the years since
     * something began, not anyone's age. Not after a verb of having the age ("elle a 16 ans que…").
     */
    private static boolean yearsSince(String original, List<Token> tokens, int number, int end) {
        if (end >= tokens.size() || number >= 1 && HAS.contains(tokens.get(number - 1).word())) {
            return false;
        }
        Token next = tokens.get(end);
        if (!original.substring(tokens.get(end - 1).end(), next.start()).isBlank()) {
            return false; // "16 ans, que du bonheur": a pause
        }
        String written = original.substring(next.start(), Math.min(original.length(), next.start() + 3)).toLowerCase(java.util.Locale.ROOT);
        return next.word().equals("que") || written.equals("qu'") || written.equals("qu’");
    }

    /** After "ans de", words that make no count of years of something ("de passage", "de retour", "de moins"). */
    private static final Set<String> NOT_A_DURATION_AFTER_DE = Lookup.set(Set.of("passage", "retour", "nouveau",
            "suite", "plus", "moins", "la", "le", "les", "l", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses",
            "abord", "ailleurs", "apres", "ici", "habitude"));

    /**
     * "18 ans de conduite", "17 ans de boulangerie", "20 ans d'expérience": the unit then "de" and a
     * common noun make a count of years of something, whatever the noun, not an age. Not before a
     * name or a place ("16 ans de Lyon"), an article or a possessive ("de la région"), nor the few
     * words that make "de" an adverb ("de passage", "de retour", "de moins").
     */
    private static boolean yearsOfSomething(String original, List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(end);
        if (!original.substring(tokens.get(end - 1).end(), next.start()).isBlank()) {
            return false; // "16 ans, de bonne humeur": a pause, the age stands on its own
        }
        int noun;
        String written = original.substring(next.start(), Math.min(original.length(), next.start() + 2)).toLowerCase(java.util.Locale.ROOT);
        if (next.word().equals("de")) {
            noun = end + 1; // "18 ans de conduite"
        } else if ((written.equals("d'") || written.equals("d’")) && !next.word().startsWith("d")) {
            noun = end; // "20 ans d'expérience": the elided "de" is part of the noun's token
        } else {
            return false;
        }
        if (noun >= tokens.size() || !Sentences.same(original, tokens, end - 1, noun)) {
            return false;
        }
        Token word = tokens.get(noun);
        if (noun == end + 1 && elidedArticleBefore(original, word)) {
            return false; // "une jeune fille de 16 ans de l'aider": "de" then an article or a pronoun, no count of years
        }
        return !word.isNumber() && Character.isLetter(word.word().charAt(0))
                && !Character.isUpperCase(original.codePointAt(word.start()))
                && !NOT_A_DURATION_AFTER_DE.contains(word.word()) && !PlaceExtractor.CITIES.containsKey(word.word())
                && !NumberWords.isNumberWord(word.word()) && !PERSON_WORDS.contains(word.word());
    }

    /** The token is written with an elided "l'" ahead of its word ("de l'aider", "de l'Essonne"), the article dropped. */
    private static boolean elidedArticleBefore(String original, Token word) {
        int at = word.start();
        return at + 2 < word.end() && Character.toLowerCase(original.charAt(at)) == 'l'
                && (original.charAt(at + 1) == '\'' || original.charAt(at + 1) == '’');
    }

    /** A pause (comma, colon, bracket, line…) between the word before and the age: the age is no word's complement. */
    private static boolean standsAlone(String original, int from, int to) {
        for (int c = from; c < to; c++) {
            if (",;:(|.!?\n".indexOf(original.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsSentence(String original, int at) {
        for (int k = at - 1; k >= 0; k--) {
            char c = original.charAt(k);
            if (!Character.isWhitespace(c)) {
                return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';';
            }
            if (c == '\n') {
                return true;
            }
        }
        return true;
    }

    private static boolean pauseAt(String original, int at) {
        return at >= original.length() || ",.;!?)|\n".indexOf(original.charAt(at)) >= 0;
    }

    /** The end (exclusive) of the unit starting at {@code u} ("ans", glued "a", "y/o"), or -1. */
    private static int unitEnd(String original, List<Token> tokens, int u) {
        if (!isUnit(original, tokens, u)) {
            if (tokens.get(u).word().equals("y") && u + 1 < tokens.size() && tokens.get(u + 1).word().equals("o")
                    && original.substring(tokens.get(u).end(), tokens.get(u + 1).start()).equals("/")) {
                return u + 2; // "16 y/o"
            }
            return -1;
        }
        return u + 1;
    }

    /**
     * Whether the number ending before {@code after} is followed by a link and another number, and
     * so on, up to a unit: 1 for an enumeration of ages ("19 et 16 ans", "8, 12 et 15 ans"), -1 for
     * the bound of a range ("16 à 17 ans", "16-17 ans", "16 ou 17 ans"), 0 if neither.
     */
    private static int chainedToUnit(String original, List<Token> tokens, TokenNumbers numbers, int after) {
        boolean range = false;
        boolean worded = false; // "69, 17 ans" is a place then an age; "8, 12 et 15 ans" ends with "et"
        int k = after;
        for (int links = 0; links < 4 && k < tokens.size(); links++) {
            String link = tokens.get(k).word();
            int next;
            if (link.equals("et") || link.equals("ou") || RANGE_WORDS.contains(link)) {
                range |= !link.equals("et");
                worded = true;
                next = k + 1;
            } else {
                // the one mark between two numbers, read without building the gap (phones are many numbers in a row)
                char mark = gapMark(original, tokens.get(k - 1).end(), tokens.get(k).start());
                if (mark != ',' && RANGE_MARKS.indexOf(mark) < 0) {
                    return 0;
                }
                range |= mark != ',';
                worded |= mark != ',';
                next = k;
            }
            var reading = next < tokens.size() && numbers.isNumber(next) ? numbers.reading(next) : null;
            if (reading == null || reading.value() < MIN_AGE || reading.value() > MAX_AGE) {
                return 0;
            }
            k = next + reading.tokens();
            if (k < tokens.size() && unitEnd(original, tokens, k) > 0) {
                return !worded ? 0 : range ? -1 : 1;
            }
        }
        return 0;
    }

    /** The fewest years between a range's bounds for it to be a bracket (an audience, a requirement), not a guess at one age. */
    private static final int BRACKET_SPAN = 4;

    /**
     * Whether the number ending before {@code after} opens a range whose other bound is {@link #BRACKET_SPAN} years or more
     * above it ("18-25 ans", "18 à 30 ans"): a job's, a lodging's or an event's bracket. "16-17 ans" guesses one age.
     */
    private static boolean isWideBracket(String original, List<Token> tokens, TokenNumbers numbers, int after, int low) {
        if (after >= tokens.size()) {
            return false;
        }
        int next = RANGE_WORDS.contains(tokens.get(after).word()) ? after + 1
                : RANGE_MARKS.indexOf(gapMark(original, tokens.get(after - 1).end(), tokens.get(after).start())) >= 0 ? after : -1;
        var reading = next >= 0 && next < tokens.size() && numbers.isNumber(next) ? numbers.reading(next) : null;
        return reading != null && reading.value() - low >= BRACKET_SPAN;
    }

    /** "jusqu'à" right before token {@code k + 1}, elided ("jusqu'à", "jusqu’à"), spaced ("jusqu a") or glued ("jusqua"). */
    private static boolean until(String original, List<Token> tokens, int k) {
        String word = tokens.get(k).word();
        return AgeSinceOrUntil.untilBefore(original, tokens, k) || word.equals("jusqua")
                || word.equals("a") && k >= 1 && tokens.get(k - 1).word().equals("jusqu");
    }

    /** The only non-blank character between {@code from} and {@code to}, or a space if none or several. */
    private static char gapMark(String original, int from, int to) {
        char mark = ' ';
        for (int c = from; c < to; c++) {
            char x = original.charAt(c);
            if (!Character.isWhitespace(x)) {
                if (mark != ' ') {
                    return ' ';
                }
                mark = x;
            }
        }
        return mark;
    }

    /** The first number of the enumeration or range the number at {@code i} ends ("8, 12 et 15 ans" → 8). */
    private static int chainStart(String original, List<Token> tokens, TokenNumbers numbers, int i) {
        int first = i;
        boolean worded = false;
        while (first >= 2) {
            Token link = tokens.get(first - 1);
            String gap = original.substring(tokens.get(first - 1).end(), tokens.get(first).start()).strip();
            if ((link.word().equals("et") || link.word().equals("ou") || RANGE_WORDS.contains(link.word()))
                    && numbers.isNumber(first - 2)) {
                first -= 2;
                worded = true;
            } else if (((gap.equals(",") && worded) || isRangeDash(gap)) && numbers.isNumber(first - 1)) {
                first -= 1;
            } else {
                break;
            }
        }
        return first;
    }

    /**
     * A number with no unit that is an age because of where it stands: right after a person and
     * before a pause ("Maëlys, 16, je…", "ma copine 17, on…", "moi (20)"). A capitalised word
     * (a name) needs the comma; a word for a person does not. Never a number beside another
     * number (a phone, a date) or after a place.
     */
    private static boolean isBareAge(String original, List<Token> tokens, TokenNumbers numbers, int i, int after) {
        if (i < 1 || numbers.isNumber(i - 1)
                || (after < tokens.size() && numbers.isNumber(after)) || isCountAfter(tokens, after)) {
            return false;
        }
        if (inBracketOfAges(original, tokens, numbers, i, after)) {
            return true; // "Lina (16) et Maëlle (17)", "ma pote et moi (15 et 16)": a person, then her age in brackets
        }
        Token holder = tokens.get(i - 1);
        Token number = tokens.get(i);
        String before = original.substring(holder.end(), number.start());
        int numberEnd = tokens.get(after - 1).end();
        char next = numberEnd < original.length() ? original.charAt(numberEnd) : '.';
        boolean pauseAfter = next == ',' || next == ')' || next == '.' || next == '|' || next == '\n' || next == ';'
                || next == '!' || (next == ' ' && numberEnd + 1 < original.length() && original.charAt(numberEnd + 1) == '|');
        if (!pauseAfter && !presentingWordAfterAName(original, tokens, holder, after)) {
            return false;
        }
        if (PERSON_WORDS.contains(holder.word())) {
            String gap = before.strip();
            return gap.isEmpty() || gap.equals(",") || gap.equals("(");
        }
        boolean capitalised = Character.isUpperCase(original.codePointAt(holder.start()));
        boolean placeBefore = i >= 2 && PLACE_PREPOSITIONS.contains(tokens.get(i - 2).word());
        if (before.strip().equals(",") && !holder.isNumber() && personJustBefore(original, tokens, i)) {
            return true; // "New girl in town, 19, my manager…": the number set apart right after the person
        }
        if (!capitalised || placeBefore || PlaceExtractor.CITIES.containsKey(holder.word()) || holder.isNumber()) {
            return false;
        }
        // "Maëlys, 16,": the name set apart; "Jade 15, nouvelle sur Lille": a name opening the text or a
        // sentence, then its number and a pause, as profiles begin; not the nouns that open listings
        // before a number ("Chambre 15,", "Lot 12,")
        return before.strip().equals(",") || before.equals(" ") && startsSentence(original, holder.start())
                && holder.word().length() >= 3 && !NOT_A_NAME_BEFORE_NUMBER.contains(holder.word())
                && !BirthYearExtractor.MONTHS.containsKey(holder.word());
    }

    /**
     * Whether the number is one of the ages in brackets right after a person: a capitalised name (not a city, not a
     * listing's noun) or a word for a person ("moi", "ma copine"), then "(", numbers joined by "et" or commas only, then
     * ")" — "Lina (16)", "moi (15 et 16)"; not "bocaux (16 et 17 cm)".
     */
    /**
     * A listing's field for a place or a preposition of place ("Lieu : Évry (91)", "sur Sens (89)"); not "de", which
     * also names whose a thing is ("les photos de Lina (16)").
     */
    private static final Set<String> LOCATION_LABELS = Lookup.set(Set.of("lieu", "ville", "localisation", "secteur",
            "region", "departement", "localite", "sur", "vers", "pres", "a", "dans", "en", "cote"));

    private static boolean inBracketOfAges(String original, List<Token> tokens, TokenNumbers numbers, int i, int after) {
        int open = original.lastIndexOf('(', tokens.get(i).start());
        if (open < 0 || original.indexOf(')', open) < tokens.get(after - 1).end()) {
            return false;
        }
        int close = original.indexOf(')', open);
        int first = i;
        while (first > 0 && tokens.get(first - 1).start() > open) {
            first--;
        }
        if (first == 0 || !original.substring(tokens.get(first - 1).end(), open).isBlank()) {
            return false;
        }
        for (int k = first; k < tokens.size() && tokens.get(k).start() < close; k++) {
            if (!numbers.isNumber(k) && !tokens.get(k).word().equals("et")) {
                return false; // "(16 et 17 cm)", "(16 euros)": not only ages
            }
        }
        Token holder = tokens.get(first - 1);
        if (PERSON_WORDS.contains(holder.word())) {
            return true;
        }
        if (first >= 2 && LOCATION_LABELS.contains(tokens.get(first - 2).word())) {
            return false; // "sur Évry (91)", "Lieu : Évry (91)": a town and its département
        }
        return Character.isUpperCase(original.codePointAt(holder.start())) && !holder.isNumber()
                && Character.isLetter(holder.word().charAt(0)) && holder.word().length() >= 3
                && !PlaceExtractor.CITIES.containsKey(holder.word()) && !NOT_A_NAME_BEFORE_NUMBER.contains(holder.word());
    }

    /**
     * Words that go on presenting the one a name and a number opened the text with ("Clara 17 gentille et câline",
     * "Jade 16 cherche un généreux"): they stand for the pause a profile's number is otherwise followed by. The name
     * must still open the text or a sentence, capitalised, and be no listing's noun ({@link #NOT_A_NAME_BEFORE_NUMBER}).
     */
    private static final ExtractorWords.WordList PRESENTING_AFTER_A_NAMES_AGE = ExtractorWords.list("presentingAfterANamesAge");

    private static boolean presentingWordAfterAName(String original, List<Token> tokens, Token holder, int after) {
        return after < tokens.size() && PRESENTING_AFTER_A_NAMES_AGE.contains(tokens.get(after).word())
                && original.substring(tokens.get(after - 1).end(), tokens.get(after).start()).equals(" ")
                && Character.isUpperCase(original.codePointAt(holder.start()));
    }

    /**
     * Capitalised words that open ads before a number and are no one's name ("Chambre 15,", "Lot 12,"); months are
     * {@link BirthYearExtractor#MONTHS}; words under three letters are no name here anyway.
     */
    private static final Set<String> NOT_A_NAME_BEFORE_NUMBER = Lookup.set(Set.of(
            "chambre", "lot", "table", "bus", "ligne", "page", "article", "appartement", "appart", "studio", "bureau",
            "salle", "porte", "etage", "niveau", "route", "rue", "place", "quai", "numero", "num",
            "ref", "reference", "code", "taille", "pointure", "annonce", "photo", "photos", "episode", "saison",
            "chapitre", "tome", "volume", "groupe", "equipe", "classe", "stage", "semaine", "jour", "mois", "annee",
            "score", "note", "prix", "total", "quantite", "tarif", "lots", "box", "parking", "kilometre",
            "departement", "zone", "secteur", "arrondissement", "dossier", "commande", "vol", "train", "voie",
            "siege", "rang", "match", "manche", "round", "samedi", "dimanche", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "moins"));

    /** A word for a person among the few words before {@code i}, in the same phrase (nothing but spaces between). */
    private static boolean personJustBefore(String original, List<Token> tokens, int i) {
        for (int k = i - 2; k >= Math.max(0, i - 5); k--) {
            if (!original.substring(tokens.get(k).end(), tokens.get(k + 1).start()).isBlank()) {
                return false; // "girl in town" is one phrase; "girl. Town, 19" or "girl, town, 19" is not
            }
            if (PERSON_WORDS.contains(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /** The English numbers that are only ever a teenager's age when they open a sentence alone. */
    private static final Set<String> ENGLISH_TEENS = Lookup.set(Set.of("thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen"));

    /**
     * "Seventeen and looking for fun", "Sixteen, new in town": an English teen number that opens a
     * sentence and is followed by "and" or a pause presents the writer; "fifteen minutes" counts.
     */
    private static boolean opensWithTeen(String original, List<Token> tokens, int i, int after) {
        if (after != i + 1 || tokens.get(i).isNumber() || !ENGLISH_TEENS.contains(tokens.get(i).word())
                || !(i == 0 || !Sentences.same(original, tokens, i - 1, i))) {
            return false;
        }
        int numberEnd = tokens.get(i).end();
        char next = numberEnd < original.length() ? original.charAt(numberEnd) : '.';
        return next == ',' || next == '.' || next == '!' || after < tokens.size() && tokens.get(after).word().equals("and");
    }

    private static boolean isUnit(String original, List<Token> tokens, int u) {
        Token unit = tokens.get(u);
        if (!UNITS.contains(unit.word())) {
            return false;
        }
        if (GLUED_ONLY.contains(unit.word())) {
            char c = Character.toLowerCase(original.charAt(unit.start()));
            // "15 a, dispo": a spaced "a" is the unit only when a pause closes it (never "à", never "15 a fait")
            boolean spacedBeforePause = c == 'a' && unit.end() - unit.start() == 1 && pauseAt(original, unit.end());
            return (c == 'a' || c == 'y') && (tokens.get(u - 1).end() == unit.start() || spacedBeforePause);
        }
        return true;
    }

    /**
     * "j'ai 15", "jai 15", "j'en ai 17", "elle en a 16", "âge : 15", "âgée de 15", "bientôt 18",
     * "I'm 15", "i am 15", "aged 15".
     */
    private static boolean isAgePrefix(String original, List<Token> tokens, int i) {
        if (i < 1) {
            return false;
        }
        int label = ShownOnAProfile.labelBefore(original, tokens, i);
        if (label != i - 1) {
            return label >= 0 && tokens.get(label).word().equals("age"); // "âge affiché sur le profil : 16"
        }
        Token before = tokens.get(i - 1);
        String word = before.word();
        if ((word.equals("ai") || word.equals("a")) && i >= 2 && tokens.get(i - 2).word().equals("en")) {
            Token en = tokens.get(i - 2); // "j'en ai 17"; "qui en a 18", "elle en a 16": the age of someone named before
            return word.equals("ai") ? startsWithJ(original, en)
                    : i >= 3 && (PERSON_WORDS.contains(tokens.get(i - 3).word()) || tokens.get(i - 3).word().equals("qui")
                        || tokens.get(i - 3).word().equals("il"));
        }
        if (word.equals("ai")) {
            return startsWithJ(original, before);
        }
        if (word.equals("am")) {
            return i >= 2 && tokens.get(i - 2).word().equals("i");
        }
        if (word.equals("ans") && original.startsWith(CAKE, before.start()) && tokens.get(i).isNumber()
                && (i + 1 >= tokens.size() || unitEnd(original, tokens, i + 1) < 0)) {
            // "🎂 17 | 📍 Rennes": a cake before a number with no unit is a birthday's age, the cake standing for the unit
            // (the spelling made it "ans"); "🎂 16 ans" has its own unit and is read as any age
            return true;
        }
        if ((word.equals("dit") || word.equals("dis")) && i >= 2 && SAYERS.contains(tokens.get(i - 2).word())) {
            return true; // "elle dit 18 mais a l'air plus jeune", "je dis 16": the age someone gives, the unit left out
        }
        if (PresentAge.headingFor(tokens, i)) {
            return true; // "je vais sur mes 16", "elle va sur ses 15": the age one heads for, the unit left out
        }
        if (word.equals("pas") && i >= 2) {
            return isAgePrefix(original, tokens, i - 1); // "j'ai pas 18", "elle n'a pas 16": an age not reached
        }
        if (word.equals("encore") && i >= 3 && tokens.get(i - 2).word().equals("pas")) {
            return isAgePrefix(original, tokens, i - 2); // "j'ai pas encore 18"
        }
        if (word.equals("de") && i >= 3 && tokens.get(i - 2).word().equals("moins")) {
            return isAgePrefix(original, tokens, i - 2); // "j'ai moins de 18"
        }
        if (word.equals("mes") && i + 2 < tokens.size() && tokens.get(i + 1).word().equals("est")
                && PresentAge.namesADay(tokens.get(i + 2))) {
            return true; // "mes 18 c'est en mars": a birthday of the writer's, its day named (PresentAge counts it)
        }
        if (word.equals("mes") && i >= 2) { // "avant mes 18", "je fête mes 18": a birthday of the writer's
            String verb = tokens.get(i - 2).word();
            return verb.equals("avant") || verb.equals("fete") || verb.equals("feter");
        }
        // "âge réel 17", "vrai âge 16", "en vrai 18", "en réalité 17": the real age set against a shown one
        if (i >= 2 && (REAL.contains(word) && tokens.get(i - 2).word().equals("age")
                || (word.equals("vrai") || word.equals("realite")) && tokens.get(i - 2).word().equals("en"))) {
            return true;
        }
        // "mon âge c'est 16", "mon vrai âge c'est 16"
        if ((word.equals("est") || word.equals("cest")) && i >= 2) {
            int k = tokens.get(i - 2).word().equals("c") ? i - 3 : i - 2;
            if (k >= 0 && tokens.get(k).word().equals("age")) {
                return true;
            }
        }
        if (word.equals("de") && i >= 2) {
            word = tokens.get(i - 2).word();
            return word.equals("agee") || word.equals("age") || word.equals("agees") || word.equals("ages");
        }
        // "je vais avoir 17 samedi", "j'aurai 18", "just turned 18", "sweet sixteen"
        return word.equals("jai") || word.equals("age") || word.equals("agee") || AVOIR.contains(word)
                || SOON.contains(word) || word.equals("turned") || word.equals("sweet") || word.equals("im")
                || word.equals("i'm") || word.equals("aged")
                || word.equals("tengo") || word.equals("tenho"); // "tengo 16", "tenho 15": Spanish and Portuguese "I have"
    }

    private static final Set<String> REAL = Lookup.set(Set.of("reel", "reelle", "vrai", "veritable"));

    private static boolean startsWithJ(String original, Token token) {
        char c = original.charAt(token.start());
        return c == 'j' || c == 'J';
    }

    /** Who "a" is said of in "elle a 14, …": a person named by a pronoun. */
    private static final Set<String> THIRD_PERSONS = Lookup.set(Set.of("elle", "il"));

    /**
     * An age said as a learner of French or a machine translation says it, the unit left out: "je
     * suis 16 et cherche…" (English "I am 16"), "elle a 14, elle…". Only where the number closes
     * the phrase (a pause, the end, or "et" after it), so that "je suis 5 minutes de" or "elle a 14
     * photos" stay counts and "je suis 20h–22h" a time.
     */
    private static boolean isLearnersAge(String original, List<Token> tokens, int i, int after) {
        if (i < 2) {
            return false;
        }
        String verb = tokens.get(i - 1).word();
        String subject = tokens.get(i - 2).word();
        boolean iAm = verb.equals("suis") && subject.equals("je");
        boolean sheHas = verb.equals("a") && THIRD_PERSONS.contains(subject);
        if (!(iAm || sheHas) || !original.substring(tokens.get(i - 1).end(), tokens.get(i).start()).isBlank()) {
            return false;
        }
        int numberEnd = tokens.get(after - 1).end();
        if (numberEnd >= original.length()) {
            return true;
        }
        char next = original.charAt(numberEnd);
        return next == ',' || next == '.' || next == '!' || next == ';' || next == '\n'
                || iAm && after < tokens.size() && tokens.get(after).word().equals("et")
                    && original.substring(numberEnd, tokens.get(after).start()).isBlank();
    }

    /** "née il y a 15 ans", "je suis né il y a seize ans": one's birth so many years ago, one's age. */
    private static boolean bornAgo(String original, List<Token> tokens, int number) {
        if (number < 4 || !tokens.get(number - 1).word().equals("a") || !tokens.get(number - 2).word().equals("y")
                || !tokens.get(number - 3).word().equals("il")) {
            return false;
        }
        String born = tokens.get(number - 4).word();
        if (!(born.equals("nee") || born.equals("ne") || born.equals("nees") || born.equals("nes"))) {
            return false;
        }
        if (number == 4) {
            return true; // "née il y a 15 ans, …": the text opens on the one born
        }
        Token previous = tokens.get(number - 5);
        if (number == 5 && Character.isUpperCase(original.charAt(previous.start()))) {
            return true; // "Emma, née il y a 15 ans": a name opens the text on the one born
        }
        String before = previous.word(); // "je suis née", "elle est née"; not "notre boulangerie est née"
        return before.equals("suis") || before.equals("est") && number >= 6
                && (tokens.get(number - 6).word().equals("elle") || tokens.get(number - 6).word().equals("il"));
    }

    private static boolean isCountAfter(List<Token> tokens, int after) {
        return after < tokens.size() && (tokens.get(after).isNumber() || NOT_AN_AGE_AFTER.contains(tokens.get(after).word()));
    }

    private static AgeMention.Kind kind(String original, List<Token> tokens, int number, int afterNumber, int end) {
        boolean numberBefore = number >= 1 && isNumberAt(tokens, number - 1)
                && isRangeDash(original.substring(tokens.get(number - 1).end(), tokens.get(number).start()));
        boolean linkedNumberBefore = number >= 2 && RANGE_WORDS.contains(tokens.get(number - 1).word())
                && isNumberAt(tokens, number - 2);
        boolean linkedAgeBefore = number >= 3 && RANGE_WORDS.contains(tokens.get(number - 1).word())
                && UNITS.contains(tokens.get(number - 2).word()) && isNumberAt(tokens, number - 3);
        boolean betweenAnd = number >= 3 && tokens.get(number - 1).word().equals("et")
                && isNumberAt(tokens, number - 2) && tokens.get(number - 3).word().equals("entre");
        boolean linkedNumberAfter = end + 1 < tokens.size() && RANGE_WORDS.contains(tokens.get(end).word())
                && isNumberAt(tokens, end + 1);
        if (numberBefore || linkedNumberBefore || linkedAgeBefore || betweenAnd || linkedNumberAfter) {
            return AgeMention.Kind.RANGE;
        }
        int start = tokens.get(number).start();
        int numberEnd = tokens.get(afterNumber - 1).end();
        char before = start > 0 ? original.charAt(start - 1) : ' ';
        char afterChar = numberEnd < original.length() ? original.charAt(numberEnd) : ' ';
        if (before == '+' || before == '-' || before == '<' || before == '>' || afterChar == '+') {
            return AgeMention.Kind.THRESHOLD;
        }
        if (number >= 1 && isAccentedA(original, tokens.get(number - 1))) {
            return AgeMention.Kind.AT_EVENT; // "à 17 ans" (but "elle a 17 ans" is stated: the verb has no accent)
        }
        return AgeMention.Kind.STATED;
    }

    /** The preposition "à" as written (folding makes it "a", like the verb "a"). */
    private static boolean isAccentedA(String original, Token token) {
        if (!token.word().equals("a")) {
            return false;
        }
        String written = java.text.Normalizer.normalize(original.substring(token.start(), token.end()),
                java.text.Normalizer.Form.NFC);
        return written.equals("à") || written.equals("À");
    }

    /** "15-17 ans", "15/17 ans"; but not "dans le 69, 17 ans". */
    private static boolean isRangeDash(String gap) {
        String dash = gap.strip();
        return dash.length() == 1 && RANGE_MARKS.indexOf(dash.charAt(0)) >= 0;
    }

    private static boolean isNumberAt(List<Token> tokens, int i) {
        return tokens.get(i).isNumber() || NumberWords.isNumberWord(tokens.get(i).word());
    }
}
