package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Chat-profile lines: fields set side by side with spaces or marks (/ . - | , : ; ·), one of them
 * an age in digits or words, in any order: a sex letter, the age and a place ("F 16 Lyon",
 * "f.16.brest", "16/f/nantes", "F - seize - Brest", "asv : quinze / f / lyon", "Jade / F / 19 /
 * Metz"), an age glued to its sex letter before a place ("F16 Lyon", "17F Lyon"), or an age set
 * apart by bars, slashes or spaced dashes before a named place ("Léa | 15 | Rouen", "Bio: 17 | 🇫🇷 Toulouse",
 * "Inès - 14 - Montpellier", "Léa ; 15 ; Rouen").
 * The age is a stated age: that is how people present themselves in chat rooms. It needs a
 * place and a sex letter or such bars, so that "H24" (round the clock) or "F 16" alone is not an
 * age; and never a number beside another number (a phone, a date).
 */
final class ChatProfileExtractor {

    /** Words after the age that are not a place ("H24 je reçois"): the commonest French function words. */
    private static final Set<String> NOT_A_PLACE = Lookup.set(Set.of("je", "j", "tu", "il", "elle", "on", "nous", "vous",
            "et", "ou", "de", "du", "des", "le", "la", "les", "un", "une", "a", "au", "aux", "en", "sur", "pour", "par",
            "avec", "dans", "ans", "an", "h", "heures", "min", "ce", "cette", "qui", "que", "mais", "pas", "ne", "se",
            "sa", "son", "ses", "mon", "ma", "mes", "dispo", "disponible", "non", "stop", "sept", "jours", "euros", "cm",
            "kg", "the", "and", "rue", "avenue", "av", "bd", "boulevard", "impasse", "allee", "chemin", "quai", "route"));
    /** Marks that set fields apart; a bar or a slash sets an age apart on its own. */
    private static final String FIELD_MARKS = "/.-|,:;·–—~•[](){}";
    /** Words for a person that stand where a sex letter does ("meuf 16 Lyon", "fille 15 Rennes"): a named place must follow. */
    static final Set<String> PERSON_FIELDS = Lookup.set(Set.of("meuf", "fille", "mec", "gars", "jf", "jh", "femme",
            "homme", "girl", "boy", "nana", "keum"));

    private ChatProfileExtractor() {
    }

    static List<AgeMention> extract(String original, List<Token> tokens) {
        return extract(original, tokens, new TokenNumbers(tokens));
    }

    static List<AgeMention> extract(String original, List<Token> tokens, TokenNumbers numbers) {
        List<AgeMention> ages = List.of();
        for (int i = 0; i < tokens.size(); i++) {
            AgeMention age = gluedAt(original, tokens, i);
            if (age == null && numbers.isNumber(i)) {
                age = fieldsAround(original, tokens, numbers, i);
            }
            AgeMention firstOfPair = null;
            if (age == null) {
                var pair = pairAt(original, tokens, numbers, i);
                if (pair.isEmpty()) {
                    continue;
                }
                firstOfPair = pair.getFirst();
                age = pair.getLast();
            }
            if (ages.isEmpty()) {
                ages = new ArrayList<>();
            }
            if (firstOfPair != null) {
                ages.add(firstOfPair);
            }
            ages.add(age);
            i = age.endToken() - 1;
        }
        return withJoined(original, tokens, numbers, ages);
    }

    /**
     * The profiles read, each with the ages joined to it in one list: "19 & 20 · F/F · Lens" (the first of two ages the
     * fields give together), "F 16 + F 17 Marseille", "F15, F16 et F17" (the next profiles of one line).
     */
    static List<AgeMention> withJoined(String original, List<Token> tokens, TokenNumbers numbers, List<AgeMention> profiles) {
        if (profiles.isEmpty()) {
            return profiles;
        }
        var all = new ArrayList<AgeMention>(profiles.size() + 2);
        for (AgeMention profile : profiles) {
            AgeMention before = joinedBefore(original, tokens, numbers, profile);
            if (before != null) {
                addUnlessOverlapping(all, before);
            }
            AgeMention lead = leadingJoined(original, tokens, profile);
            if (lead != null) {
                all.add(lead); // inside the profile's own evidence: it reads the fields from the first number on
                all.add(profile);
            } else {
                addUnlessOverlapping(all, profile);
            }
            for (AgeMention joined = joinedAfter(original, tokens, numbers, profile); joined != null;
                    joined = joinedAfter(original, tokens, numbers, joined)) {
                addUnlessOverlapping(all, joined);
            }
        }
        all.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
        return all;
    }

    /** "20 & 22 · F/F · Nîmes" read as one profile of 22 from "20" on: the 20 joined before it is an age too. */
    private static AgeMention leadingJoined(String original, List<Token> tokens, AgeMention profile) {
        int first = profile.firstToken();
        if (first + 1 >= profile.endToken()) {
            return null;
        }
        Token number = tokens.get(first);
        if (!number.isNumber() || number.word().length() != 2 || number.intValue() == profile.value()
                || !ageInRange(number.intValue()) || !tokens.get(first + 1).isNumber()
                || tokens.get(first + 1).intValue() != profile.value() || !ampersandOrPlus(original, tokens, first, first + 1)) {
            return null;
        }
        return mention(original, tokens, number.intValue(), first, first + 1);
    }

    private static void addUnlessOverlapping(List<AgeMention> ages, AgeMention age) {
        if (ages.stream().noneMatch(a -> a.firstToken() < age.endToken() && age.firstToken() < a.endToken())) {
            ages.add(age);
        }
    }

    /** Words before two profiles that make them a room, a building or a vehicle ("salles F16 et F17", "bâtiment H12"). */
    private static final Set<String> NOT_PROFILES_AFTER = Lookup.set(Set.of("salle", "salles", "batiment", "batiments",
            "bat", "bureau", "bureaux", "porte", "portes", "local", "locaux", "quai", "voie", "ligne", "lignes", "route",
            "vol", "vols", "avion", "avions", "chasseur", "chasseurs", "modele", "modeles", "type", "types", "lot", "lots",
            "case", "cases", "allee", "escalier", "niveau", "boxe", "box", "poste", "postes", "classe", "classes", "groupe",
            "groupes", "taille", "tailles", "pointure", "ref", "reference", "references", "code", "codes", "appartement",
            "appartements", "appart", "logement", "logements", "chambre", "chambres", "terrain", "terrains"));

    /**
     * A profile joined to the one just read by "+", "&", "et", "ou" or a comma, written the same way or shorter ("F 16 +
     * F 17", "F15 et F16", "16 f + 17 f"): one line presenting two people, whose place the first or the last field gives.
     */
    private static AgeMention joinedAfter(String original, List<Token> tokens, TokenNumbers numbers, AgeMention first) {
        int at = first.endToken();
        if (at >= tokens.size() || !joined(original, tokens, at - 1, at)) {
            return null;
        }
        if (isConjunction(tokens.get(at))) {
            at++;
        }
        return profileAt(original, tokens, numbers, at);
    }

    /** "19 & 20 · F/F · Lens", "15 et F 16 Lyon": an age joined before the profile read, the first of the pair. */
    private static AgeMention joinedBefore(String original, List<Token> tokens, TokenNumbers numbers, AgeMention second) {
        int at = second.firstToken() - 1;
        if (at < 1) {
            return null;
        }
        int number = isConjunction(tokens.get(at)) ? at - 1 : at;
        if (number < 0 || number == at && !ampersandOrPlus(original, tokens, number, second.firstToken())
                || number < at && !close(original, tokens, number, at)) {
            return null;
        }
        // the first of the pair as a bare two-digit age ("19 & 20"), or with its sex letter before ("F 19 & 20")
        Token age = tokens.get(number);
        if (!age.isNumber() || age.word().length() != 2 || !ageInRange(age.intValue()) || number >= 1 && tokens.get(number - 1).isNumber()
                && close(original, tokens, number - 1, number)) {
            return null;
        }
        int from = number >= 1 && isSexField(tokens, number - 1) && close(original, tokens, number - 1, number) ? number - 1 : number;
        return mention(original, tokens, age.intValue(), from, number + 1);
    }

    /**
     * Two profiles side by side, neither with a place ("deux copines F16 et F17 dispo ce soir", "F 15 + F 16 ce soir"):
     * the pair is the presentation; not after a word that makes them rooms or models ("salles F16 et F17").
     */
    private static List<AgeMention> pairAt(String original, List<Token> tokens, TokenNumbers numbers, int i) {
        // the profile's cheap character checks first: this runs at every token no other reading took
        AgeMention first = profileAt(original, tokens, numbers, i);
        if (first == null || i >= 1 && NOT_PROFILES_AFTER.contains(tokens.get(i - 1).word())) {
            return List.of();
        }
        AgeMention second = joinedAfter(original, tokens, numbers, first);
        return second == null ? List.of() : List.of(first, second);
    }

    /** A sex letter and an age at {@code at}, glued ("f16", "17f") or as two fields ("F 16", "16 f"); or null. */
    private static AgeMention profileAt(String original, List<Token> tokens, TokenNumbers numbers, int at) {
        if (at >= tokens.size()) {
            return null;
        }
        String word = tokens.get(at).word();
        if (word.length() == 3 && (word.charAt(0) == 'f' || word.charAt(0) == 'h') && isDigit(word.charAt(1)) && isDigit(word.charAt(2))) {
            int age = Integer.parseInt(word.substring(1));
            return ageInRange(age) && !(word.charAt(0) == 'h' && age == 24) ? mention(original, tokens, age, at, at + 1) : null;
        }
        if (word.length() == 3 && isDigit(word.charAt(0)) && isDigit(word.charAt(1)) && word.charAt(2) == 'f') {
            int age = Integer.parseInt(word.substring(0, 2));
            return ageInRange(age) ? mention(original, tokens, age, at, at + 1) : null;
        }
        if (at + 1 < tokens.size() && isSexField(tokens, at) && !word.equals("m") && close(original, tokens, at, at + 1)
                && tokens.get(at + 1).isNumber() && tokens.get(at + 1).word().length() == 2) {
            int age = tokens.get(at + 1).intValue();
            boolean hour = word.equals("h") && (age == 24 || at + 2 < tokens.size() && tokens.get(at + 2).isNumber());
            return ageInRange(age) && !hour && !numberAfter(original, tokens, at + 1)
                    ? mention(original, tokens, age, at, at + 2) : null;
        }
        if (at + 1 < tokens.size() && tokens.get(at).isNumber() && word.length() == 2 && tokens.get(at + 1).word().equals("f")
                && close(original, tokens, at, at + 1)) {
            int age = tokens.get(at).intValue();
            return ageInRange(age) ? mention(original, tokens, age, at, at + 2) : null;
        }
        return null;
    }

    private static boolean ageInRange(int age) {
        return age >= AgeExtractor.MIN_AGE && age <= AgeExtractor.MAX_AGE;
    }

    /** Another number right after, in the same field ("F 16 45", "H 12 30"): a reference or a time, not an age. */
    private static boolean numberAfter(String original, List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k + 1).isNumber() && close(original, tokens, k, k + 1);
    }

    private static boolean isConjunction(Token token) {
        return token.word().equals("et") || token.word().equals("ou");
    }

    /** Tokens joined as items of one list: "+", "&" or a comma between, or "et"/"ou" next, on one line. */
    private static boolean joined(String original, List<Token> tokens, int a, int b) {
        if (isConjunction(tokens.get(b))) {
            return b + 1 < tokens.size() && onOneLine(original, tokens, a, b);
        }
        return (ampersandOrPlus(original, tokens, a, b) || original.substring(tokens.get(a).end(), tokens.get(b).start()).strip().equals(","))
                && onOneLine(original, tokens, a, b);
    }

    /** "19 & 20", "16 + 17": the marks that join two ages before a profile's fields (a comma there ends another field). */
    private static boolean ampersandOrPlus(String original, List<Token> tokens, int a, int b) {
        String gap = original.substring(tokens.get(a).end(), tokens.get(b).start()).strip();
        return gap.equals("+") || gap.equals("&");
    }

    private static boolean onOneLine(String original, List<Token> tokens, int a, int b) {
        int from = tokens.get(a).end();
        int to = tokens.get(b).start();
        return to - from <= 4 && original.substring(from, to).indexOf('\n') < 0;
    }

    /** "f16", "16f", "h19" before a place; "H17MRS", "F16LYS": with a place's code in capitals glued after. */
    private static AgeMention gluedAt(String original, List<Token> tokens, int i) {
        String word = tokens.get(i).word();
        if (word.length() >= 5 && word.length() <= 7) {
            return gluedWithPlaceCode(original, tokens, i);
        }
        if (word.length() != 3) {
            return null;
        }
        int age;
        if (isSexLetter(word.charAt(0)) && isDigit(word.charAt(1)) && isDigit(word.charAt(2))) {
            age = Integer.parseInt(word.substring(1));
            if (word.charAt(0) == 'h' && age == 24) {
                return null; // "H24": round the clock
            }
        } else if (isDigit(word.charAt(0)) && isDigit(word.charAt(1)) && isSexLetter(word.charAt(2))) {
            age = Integer.parseInt(word.substring(0, 2));
        } else {
            return null;
        }
        // a named place after a glued profile ("f16 lyon": a known city), and never after a word for rooms, buildings
        // or models ("salles F16 et F17 fermées pour travaux")
        if (age < AgeExtractor.MIN_AGE || numberBefore(original, tokens, i) || i >= 1 && NOT_PROFILES_AFTER.contains(tokens.get(i - 1).word())
                || placeAt(original, tokens, next(original, tokens, i), false) < 0 && !BriefText.isBrief(tokens)) {
            return null;
        }
        return mention(original, tokens, age, i, i + 1);
    }

    /**
     * "H17MRS", "F16PAR": sex letter, age and a place's code of two to four capitals in one word, as a nickname or a
     * chat room's login puts them (the capitals are what tell it from a product reference, which mixes digits back in).
     */
    private static AgeMention gluedWithPlaceCode(String original, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        // read as written: the word breaker's leetspeak folding has already made "F15LYS" letters
        String written = original.substring(token.start(), token.end());
        if (written.length() < 5 || written.length() > 7 || "FHM".indexOf(written.charAt(0)) < 0
                || !isDigit(written.charAt(1)) || !isDigit(written.charAt(2))) {
            return null;
        }
        int age = Integer.parseInt(written.substring(1, 3));
        if (age < AgeExtractor.MIN_AGE || age > AgeExtractor.MAX_AGE || written.charAt(0) == 'H' && age == 24) {
            return null;
        }
        for (int c = 3; c < written.length(); c++) {
            if (written.charAt(c) < 'A' || written.charAt(c) > 'Z') {
                return null;
            }
        }
        return mention(original, tokens, age, i, i + 1);
    }

    /** Units a number at the start of a line may be followed by: "F 45 m2" is a flat, "H 12 min" a time. */
    private static final Set<String> UNITS_AFTER = Lookup.set(Set.of("m2", "m", "km", "cm", "kg", "euros", "eur", "e",
            "h", "min", "mn", "heures", "x", "bis", "ter", "rue", "avenue", "bd"));

    /**
     * "F 31 de passage à Quimper", "H 19 dispo ce soir": a sex letter opening a line, then an age of two digits and
     * the rest of the ad; the line's start is what makes the letter a field, so no place need follow.
     */
    private static boolean opensALineWithSexAndAge(String original, List<Token> tokens, int letter, int end) {
        String word = tokens.get(letter).word();
        if (!word.equals("f") && !word.equals("h") || end >= tokens.size() || tokens.get(end).isNumber()
                || UNITS_AFTER.contains(tokens.get(end).word())) {
            return false;
        }
        return startsALine(original, tokens.get(letter)) && Character.isUpperCase(original.charAt(tokens.get(letter).start()));
    }

    /** An age field (digits or words) at {@code i} with its neighbouring fields. */
    private static AgeMention fieldsAround(String original, List<Token> tokens, TokenNumbers numbers, int i) {
        var reading = numbers.reading(i);
        int end = i + reading.tokens(); // exclusive
        if (reading.value() < AgeExtractor.MIN_AGE || reading.value() > AgeExtractor.MAX_AGE
                || (tokens.get(i).isNumber() && tokens.get(i).word().length() != 2) || (i >= 1 && tokens.get(i - 1).isNumber()
                    && !bracketBetween(original, tokens, i - 1, i)) // "[00:05] seize f Nancy": a timestamp is no number beside
                || (end < tokens.size() && numbers.isNumber(end) && close(original, tokens, end - 1, end)
                    && !isDepartementInBrackets(original, tokens.get(end))
                    && !(strongMark(original, tokens, end - 1, end) && isArrondissement(tokens, end)))) {
            return null;
        }
        int before = i >= 1 && close(original, tokens, i - 1, i) ? i - 1 : -1;
        int after = next(original, tokens, end - 1);
        // sex letter before the age ("F 16 Lyon", "F - seize - Brest"), then a place after
        if (before >= 0 && isSexField(tokens, before) && !(tokens.get(before).word().equals("h") && reading.value() == 24)
                && placeAfter(original, tokens, after, !tokens.get(before).word().equals("g")) >= 0 // after g, a named place
                && !numberBefore(original, tokens, before)) {
            return mention(original, tokens, reading.value(), before, end);
        }
        // a capital sex letter opening a line, then a two-digit age and anything but a unit ("F 31 de passage à Quimper")
        if (before >= 0 && tokens.get(i).isNumber() && !(tokens.get(before).word().equals("h") && reading.value() == 24)
                && opensALineWithSexAndAge(original, tokens, before, end)) {
            return mention(original, tokens, reading.value(), before, end);
        }
        // a word for a person before the age, then a named place ("meuf 16 Lyon", "fille 15 Rennes")
        if (before >= 0 && PERSON_FIELDS.contains(tokens.get(before).word()) && placeAt(original, tokens, after, false) >= 0
                && !numberBefore(original, tokens, before)) {
            return mention(original, tokens, reading.value(), before, end);
        }
        // sex letter after the age ("16/f/nantes", "15 f marseille"; "15 h Lyon" is an hour): a place after it
        if (after >= 0 && isSexField(tokens, after)
                && (tokens.get(after).word().equals("f") || isSexSign(tokens.get(after).word().charAt(0)) || strongMark(original, tokens, end - 1, after))
                && placeAfter(original, tokens, next(original, tokens, after), true) >= 0) {
            return mention(original, tokens, reading.value(), i, after + 1);
        }
        // a line opening with a two-digit age and a lower-case f, then no unit nor number ("15 f et lui il a 34", "16 f, un
        // monsieur m'a proposé…"): the line's start makes the letter a field, as "F 31 de passage" does; "12 F le kilo" is
        // a price in francs, written with a capital
        if (after == end && tokens.get(i).isNumber() && tokens.get(i).word().length() == 2 && startsALine(original, tokens.get(i))
                && original.startsWith("f", tokens.get(after).start()) && tokens.get(after).end() - tokens.get(after).start() == 1
                && (after + 1 >= tokens.size() || !tokens.get(after + 1).isNumber()
                    && !UNITS_AFTER.contains(tokens.get(after + 1).word()))) {
            return mention(original, tokens, reading.value(), i, after + 1);
        }
        // a word for a person after the age, then a named place ("quinze, fille, Grenoble", as a profile is said aloud)
        if (after >= 0 && PERSON_FIELDS.contains(tokens.get(after).word())
                && placeAfter(original, tokens, next(original, tokens, after), false) >= 0) {
            return mention(original, tokens, reading.value(), i, after + 1);
        }
        // "16.f.nantes": the tokenizer keeps the letter and the place together ("f.nantes")
        if (after >= 0 && isSexAndPlace(tokens.get(after).word())) {
            return mention(original, tokens, reading.value(), i, after + 1);
        }
        // an age set apart by bars, slashes or spaced dashes, after a name or a label, before a named place ("Léa | 15 | Rouen")
        if (after >= 0 && strongMark(original, tokens, end - 1, after) && placeAt(original, tokens, after, false) >= 0
                && (i == 0 || strongMark(original, tokens, i - 1, i) || original.substring(tokens.get(i - 1).end(),
                        tokens.get(i).start()).strip().equals(":"))) {
            return mention(original, tokens, reading.value(), i, end);
        }
        return null;
    }

    private static AgeMention mention(String original, List<Token> tokens, int age, int first, int end) {
        var evidence = Evidence.of(original, tokens.get(first).start(), tokens.get(end - 1).end());
        return new AgeMention(age, AgeMention.Kind.STATED, evidence, first, end, true);
    }

    /** The next field after token {@code k}, skipping flags and other symbols; -1 if none close by. */
    private static int next(String original, List<Token> tokens, int k) {
        int j = k + 1;
        while (j < tokens.size() && close(original, tokens, j - 1, j)) {
            if (Character.isLetterOrDigit(tokens.get(j).word().codePointAt(0)) || isSexSign(tokens.get(j).word().charAt(0))) {
                return j;
            }
            j++; // "🇫🇷": a flag between the age and the city
        }
        return -1;
    }

    /** Only spaces and field marks between two tokens, on one line. */
    static boolean close(String original, List<Token> tokens, int a, int b) {
        int from = tokens.get(a).end();
        int to = tokens.get(b).start();
        if (to - from > 4) {
            return spokenSlash(original, from, to);
        }
        for (int c = from; c < to; c++) {
            char x = original.charAt(c);
            if (x != ' ' && x != '\u00A0' && FIELD_MARKS.indexOf(x) < 0 && !isFieldSymbol(x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * " slash " between two tokens: the mark said aloud, which the normalisation read as one (so no token stands
     * between), as speech-to-text writes a profile read out ("quatorze slash f slash Lens").
     */
    private static boolean spokenSlash(String original, int from, int to) {
        return to - from == 7 && original.startsWith(" slash ", from);
    }

    /** A bar or a slash between two tokens, or a dash set apart by spaces ("Inès - 14 - Montpellier"). */
    private static boolean strongMark(String original, List<Token> tokens, int a, int b) {
        if (spokenSlash(original, tokens.get(a).end(), tokens.get(b).start())) {
            return true;
        }
        String gap = original.substring(tokens.get(a).end(), tokens.get(b).start());
        for (int c = 0; c < gap.length(); c++) {
            char x = gap.charAt(c);
            if (x == '|' || x == '/' || x == '~' || x == '•' || x > 0x7F && isBarOrSlash(x)) {
                return true;
            }
        }
        // and a semicolon set apart, as a profile copied from a spreadsheet or a form keeps it ("Léa ; 15 ; Rouen")
        return gap.equals(" - ") || gap.equals(" – ") || gap.equals(" — ") || gap.equals(" ; ");
    }

    /** Prepositions of place a profile said aloud puts before its place ("seize f sur Nancy", "17 f à Reims"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("sur", "a", "vers");

    /** A place field at {@code k}, or after a preposition of place there, then a named place; its index or -1. */
    private static int placeAfter(String original, List<Token> tokens, int k, boolean anyWord) {
        int place = placeAt(original, tokens, k, anyWord);
        if (place >= 0 || k < 0 || k >= tokens.size() || !PLACE_PREPOSITIONS.contains(tokens.get(k).word())) {
            return place;
        }
        return placeAt(original, tokens, next(original, tokens, k), false);
    }

    /** Words a place's name may open with, capitalised, before its capitalised name ("Le Port", "St-Denis"). */
    private static final Set<String> PLACE_OPENERS = Set.of("le", "la", "les", "st", "ste");

    /**
     * A place field: a word of three letters or more; with {@code anyWord}, any such word that is
     * not a common function word (beside a sex letter, the profile is plain), otherwise a
     * capitalised word or a known city. {@code k}'s index, or -1.
     */
    static int placeAt(String original, List<Token> tokens, int k, boolean anyWord) {
        if (k < 0 || k >= tokens.size()) {
            return -1;
        }
        Token place = tokens.get(k);
        String word = place.word();
        if (isDepartementInBrackets(original, place)) {
            return k; // "F17 (59)": a département number in brackets is a place
        }
        if (isArrondissement(tokens, k)) {
            return k; // "Léna | 14 | 13e arrdt": a city's district, by its ordinal, is the place
        }
        if (anyWord && isDepartement(place)) {
            return k; // "17 ♀ 69", "16 / F / 59": beside a sex field, a département's number is the place
        }
        if (PLACE_OPENERS.contains(word) && Character.isUpperCase(original.codePointAt(place.start())) && k + 1 < tokens.size()
                && Character.isUpperCase(original.codePointAt(tokens.get(k + 1).start()))) {
            return k; // "Le Port", "Le Havre", "St-Denis": a place's name opening with its article or a saint's abbreviation
        }
        if (place.isNumber() || word.length() < 3 || !Character.isLetter(word.charAt(0)) || NOT_A_PLACE.contains(word)) {
            return -1;
        }
        boolean named = Character.isUpperCase(original.codePointAt(place.start())) || PlaceExtractor.CITIES.containsKey(word);
        return anyWord || named ? k : -1;
    }

    /** "13e", "1er", "20ème" (one spelling per ordinal suffix: "13 e"): a district of Paris, Lyon or Marseille. */
    private static boolean isArrondissement(List<Token> tokens, int k) {
        Token number = tokens.get(k);
        if (!number.isNumber() || number.word().length() > 2 || number.intValue() < 1 || number.intValue() > 20
                || k + 1 >= tokens.size()) {
            return false;
        }
        String suffix = tokens.get(k + 1).word();
        return suffix.equals("e") || suffix.equals("er") || suffix.equals("eme");
    }

    /** "(59)", "(2A)": a département's number in brackets. */
    private static boolean isDepartementInBrackets(String original, Token place) {
        return isDepartement(place) && place.start() > 0 && original.charAt(place.start() - 1) == '('
                && place.end() < original.length() && original.charAt(place.end()) == ')';
    }

    static boolean isDepartement(Token place) {
        String word = place.word();
        return word.length() == 2 && (place.isNumber() && place.intValue() >= 1 && place.intValue() <= 95
                || word.equals("2a") || word.equals("2b"));
    }

    /** "f.nantes": a sex letter, a dot, a place, as one token. */
    private static boolean isSexAndPlace(String word) {
        if (word.length() < 5 || word.charAt(1) != '.' || !isSexLetter(word.charAt(0))) {
            return false;
        }
        String place = word.substring(2);
        for (int k = 0; k < place.length(); k++) {
            if (!Character.isLetter(place.charAt(k))) {
                return false;
            }
        }
        return !NOT_A_PLACE.contains(place);
    }

    static boolean isSexField(List<Token> tokens, int k) {
        String word = tokens.get(k).word();
        // g: "garçon", as profiles write it beside f ("G 15 Dijon"); not glued ("g15" is as often a product)
        return word.length() == 1 && (isSexLetter(word.charAt(0)) || word.charAt(0) == 'g' || isSexSign(word.charAt(0)));
    }

    /**
     * Any punctuation or symbol other than a letter, digit or emoji sets fields apart as the ASCII
     * marks do ("15⁄f⁄nantes", "F ¦ 17 ¦ Toulon"): writers pick whatever their keyboard offers.
     */
    private static boolean isFieldSymbol(char x) {
        return switch (Character.getType(x)) {
            case Character.DASH_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.OTHER_SYMBOL,
                    Character.START_PUNCTUATION, Character.END_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** A bar or a slash of any script or block, told by its Unicode name ("BROKEN BAR", "FRACTION SLASH", "BOX DRAWINGS LIGHT VERTICAL"). */
    private static boolean isBarOrSlash(char x) {
        String name = Character.getName(x);
        return name != null && (name.contains("VERTICAL") || name.contains("SLASH") || name.contains("SOLIDUS")
                || name.endsWith(" BAR") || name.equals("DIVIDES"));
    }

    /** ♀ and ♂, the signs of Venus and Mars, stand for the sex letter in profiles ("17 ♀ 69"). */
    private static boolean isSexSign(char c) {
        return c == '\u2640' || c == '\u2642';
    }

    /** A chat profile's sex letter, folded: f, h or m. */
    static boolean isSexLetter(char c) {
        return c == 'f' || c == 'h' || c == 'm';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Only spaces or tabs between the line's start (or the text's) and the token. */
    private static boolean startsALine(String original, Token token) {
        int k = token.start() - 1;
        while (k >= 0 && (original.charAt(k) == ' ' || original.charAt(k) == '\t')) {
            k--;
        }
        return k < 0 || original.charAt(k) == '\n';
    }

    /** A closing bracket between two tokens: what comes before is set apart ("[00:05] seize f Nancy", "(2) 16 f"). */
    private static boolean bracketBetween(String original, List<Token> tokens, int a, int b) {
        for (int c = tokens.get(a).end(); c < tokens.get(b).start(); c++) {
            if (original.charAt(c) == ']' || original.charAt(c) == ')') {
                return true;
            }
        }
        return false;
    }

    /**
     * A number just before the profile's first token, in the same stretch of text: "06 39 98 f 15" or "2 f 19" are no
     * profile line, but a speaker's label closed before it is ("[joueuse 2] f 15 lyon", "Joueur 4 : f 15").
     */
    private static boolean numberBefore(String original, List<Token> tokens, int first) {
        if (first < 1 || !tokens.get(first - 1).isNumber()) {
            return false;
        }
        String between = original.substring(tokens.get(first - 1).end(), tokens.get(first).start());
        return between.indexOf(']') < 0 && between.indexOf(')') < 0 && between.indexOf(':') < 0 && between.indexOf('\n') < 0
                && between.indexOf('|') < 0;
    }
}
