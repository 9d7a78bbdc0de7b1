package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Spellings undone on a report's tokens before entities are read and rules matched, keeping
 * each token's range in the original text:
 * <ul>
 * <li>SMS spellings, from the rule set's {@code spellings} (data coordinators edit): "ds" →
 * "dans", "2m1" → "demain", "jme" → "je me";</li>
 * <li>letters repeated for emphasis ("mineuuure", "lycééénne"): a word with a letter three
 * times in a row is read as the word of the engine's vocabulary (the words of the rules'
 * phrases) that it equals once every run of a repeated letter is squeezed to one letter.
 * Squeezing both sides is what tells "lycéenne" (two e) from "mineure" (one u) without
 * guessing how many letters the writer meant;</li>
 * <li>the subject "je" glued to its verb ("jserai", "jfais", "jm'"): no French word starts
 * with j and a consonant, so such a word is "je" and the rest;</li>
 * <li>silent final letters left out, as French is written by ear ("pa encor majeure", "c moi ki
 * repon pr elle"): a word the vocabulary does not know is read as the vocabulary's word it
 * equals once one or two of the letters French leaves silent at the end of a word (e, s, t, d,
 * x) are put back, but only where that word then makes two words of a rule's phrase with its
 * neighbour ("pas encore", "qui réponds"), never for a common word (Lucene's French and English
 * stop words), and never for another form of the same word ("premier" is not "première":
 * phrases matched on stems already take both, those matched on words mean one);</li>
 * <li>the teens written by ear where an age is written ("kinz an", "f trez", "katorzan"): {@link HeardTeens}.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class Respelling {

    /** A word shorter than this is not respelled by ear: too many words are two letters long. */
    private static final int SHORTEST_BY_EAR = 2;
    /** After "je" glued to a verb, these single letters are the pronoun they stand for ("jm'", "jt'"). */
    private static final Map<String, String> GLUED_PRONOUNS = Map.of("m", "me", "t", "te", "l", "le", "s", "se");
    /** Words starting with j and a consonant that are words of their own. */
    private static final Set<String> J_WORDS = Set.of("jh", "jf", "jt", "jpg", "jpeg", "jr");

    /** A spelling: what it stands for, and the variant as written when the analysis changed it ("dem1" is "demi"). */
    private record Spelling(List<Token> standard, String written) {
    }

    /** Normalised word → the spelling it stands for (term and word; offsets are the original token's). */
    private final Map<String, Spelling> spellings = new HashMap<>();
    /** Squeezed word → the vocabulary's token. */
    private final Map<String, Token> bySqueezed = new HashMap<>();
    /**
     * Word without one or two silent final letters → the vocabulary's tokens it may stand for, one
     * letter left out before two ("repon": "répond", then "réponds"); never a vocabulary word itself.
     */
    private final Map<String, List<Token>> byEar = new HashMap<>();
    /** The vocabulary's words, for letters a text recognition misread ("hornme" → "homme", "Iycéenne" → "lycéenne"). */
    private final Map<String, Token> byWord = new HashMap<>();
    /** Two words that follow each other in a rule's phrase ("pas encore"): where a word read by ear must stand. */
    private final Set<String> pairs = new HashSet<>();
    private final VigieFrenchAnalyzer analyzer;
    /** Forms of "être" (and "encore", as in "pas encore") a status word is said after. */
    private static final Set<String> BEING = Set.of("suis", "es", "est", "etre", "sommes", "sont", "encore");
    /** First half of a cut word → second half → the whole word ({@link #splitWords}). */
    private final Map<String, Map<String, Token>> halves = new HashMap<>();
    /** No longer word is looked up (most words of a report are longer than any SMS spelling). */
    private int longestSpelling = -1;

    /** Decisive words read through typos ({@link TolerantWords}), after every other reading failed. */
    private final TolerantWords tolerant;
    /** The engine's vocabulary, holding every spelling and every word read by ear: one look-up per token. */
    private final Vocabulary ids;
    /** {@link #spellings} and {@link #byEar} by the word's id in {@link #ids}. */
    private final Spelling[] spellingById;
    private final List<Token>[] byEarById;
    /**
     * By id: the words {@link #misread} and {@link #typo} never read as another (the vocabulary's words, common
     * words), so that they stop at once at the commonest words instead of walking their letters and keys.
     */
    private final boolean[] knownOrCommon;
    /** Teens written by ear where an age is written ("kinz an", "f trez"). */
    private final HeardTeens heardTeens;
    /** "ce" as the analysis reads it, what SMS "c" stands for before a time of day. */
    private final List<Token> demonstrative;

    Respelling(Map<String, String> spellings, Collection<String> vocabulary, VigieFrenchAnalyzer analyzer) {
        this(spellings, vocabulary, TolerantWords.NONE, analyzer);
    }

    Respelling(Map<String, String> spellings, Collection<String> vocabulary, TolerantWords tolerant,
            VigieFrenchAnalyzer analyzer) {
        this(spellings, vocabulary, tolerant, analyzer, new Vocabulary());
    }

    Respelling(Map<String, String> spellings, Collection<String> vocabulary, TolerantWords tolerant,
            VigieFrenchAnalyzer analyzer, Vocabulary ids) {
        this(spellings, vocabulary, tolerant, analyzer, ids, List.of());
    }

    /**
     * Adds the spellings and the words read by ear to {@code ids}.
     *
     * @param splitWords the rule set's words that a dictation or a hyphen may cut in two ("ma jeure",
     *        "ma-jeure", "mine heure"): the {@code words} section's {@code splitWords}
     */
    @SuppressWarnings("unchecked")
    Respelling(Map<String, String> spellings, Collection<String> vocabulary, TolerantWords tolerant,
            VigieFrenchAnalyzer analyzer, Vocabulary ids, Collection<String> splitWords) {
        this.analyzer = analyzer;
        this.demonstrative = analyzer.analyse("ce");
        this.heardTeens = new HeardTeens(analyzer);
        for (String whole : splitWords) {
            for (Token token : analyzer.analyse(whole)) {
                addHalves(token);
            }
        }
        this.tolerant = tolerant;
        spellings.forEach((variant, standard) -> {
            String written = variant.toLowerCase(Locale.ROOT);
            for (Token token : analyzer.analyse(variant)) {
                // a variant the analysis rewrote ("dem1" → "demi") must be written so, or a real word would be respelled
                // two variants folding to one word ("aprem", "aprèm"): the one written as folded wins whatever
                // their order, so the word is respelled however it is written
                this.spellings.merge(token.word(), new Spelling(analyzer.analyse(standard),
                        token.word().equals(written) ? null : written), (kept, next) -> kept.written() == null ? kept : next);
                longestSpelling = Math.max(longestSpelling, token.word().length());
            }
        });
        var known = new HashSet<String>();
        var tokens = new ArrayList<Token>();
        for (String phrase : vocabulary) {
            Token previous = null;
            for (Token token : analyzer.analyse(phrase)) {
                bySqueezed.putIfAbsent(squeezed(token.word()), token);
                known.add(token.word());
                if (!token.isNumber()) {
                    byWord.putIfAbsent(token.word(), token);
                }
                tokens.add(token);
                if (previous != null) {
                    pairs.add(previous.word() + ' ' + token.word());
                }
                previous = token;
            }
        }
        // after the phrases' words, which keep their squeezed forms; number words are no rule's phrase, yet an age is written with emphasis too ("seiiize ans", "quiiinze")
        for (String number : NumberWords.WORDS) {
            for (Token token : analyzer.analyse(number)) {
                bySqueezed.putIfAbsent(squeezed(token.word()), token);
            }
        }
        known.addAll(this.spellings.keySet());
        for (int dropped = 1; dropped <= 2; dropped++) { // one letter left out before two: "sui" is "suis", not "suite"
            for (Token token : tokens) {
                String word = token.word();
                if (word.length() - dropped < SHORTEST_BY_EAR || token.isNumber()) {
                    continue;
                }
                String heard = word.substring(0, word.length() - dropped);
                if (isSilent(heard, word.substring(heard.length())) && !known.contains(heard)
                        && !COMMON_WORDS.contains(heard) && !sameStem(analyzer, heard, token)) {
                    var heardAs = byEar.computeIfAbsent(heard, h -> new ArrayList<>(1));
                    if (heardAs.stream().noneMatch(t -> t.word().equals(token.word()))) {
                        heardAs.add(token);
                    }
                }
            }
        }
        this.ids = ids;
        this.spellings.keySet().forEach(ids::add);
        byEar.keySet().forEach(ids::add);
        spellingById = new Spelling[ids.size()];
        this.spellings.forEach((word, spelling) -> spellingById[ids.id(word)] = spelling);
        byEarById = new List[ids.size()];
        byEar.forEach((heard, tokens1) -> byEarById[ids.id(heard)] = tokens1);
        byWord.keySet().forEach(ids::add);
        for (Object common : COMMON_WORDS) {
            ids.add(common instanceof char[] chars ? new String(chars) : common.toString());
        }
        knownOrCommon = new boolean[ids.size()];
        byWord.keySet().forEach(w -> knownOrCommon[ids.id(w)] = true);
        for (Object common : COMMON_WORDS) {
            knownOrCommon[ids.id(common instanceof char[] chars ? new String(chars) : common.toString())] = true;
        }
    }

    /** Whether the word of that id is a vocabulary word or a common word (false: not known to be). */
    private boolean isKnownOrCommon(int id) {
        return id != Vocabulary.NONE && id < knownOrCommon.length && knownOrCommon[id];
    }

    /** {@code table[id]}, or null for a word no list knows (or one added to the vocabulary after this). */
    private static <T> T byId(T[] table, int id) {
        return id == Vocabulary.NONE || id >= table.length ? null : table[id];
    }

    /**
     * Whether the ending is one French leaves unsaid after that word: e after a consonant that is
     * sounded anyway ("encor", "parl"; not after "er", where it changes the sound: "premier"), s, t,
     * d or x after a vowel or an n ("pa", "veu", "avan"), ds or ts after an n ("repon"). Not e after
     * a vowel: that is a feminine ("ami", "amie"), a word of its own.
     */
    private static boolean isSilent(String heard, String ending) {
        char last = heard.charAt(heard.length() - 1);
        boolean vowel = "aeiouy".indexOf(last) >= 0;
        return switch (ending) {
            case "e" -> "rlcf".indexOf(last) >= 0 && !heard.endsWith("er");
            case "s", "t", "d", "x" -> vowel || last == 'n';
            case "ds", "ts" -> last == 'n';
            default -> false;
        };
    }

    /** French and English stop words: too common to be a misspelling of anything. */
    private static final org.apache.lucene.analysis.CharArraySet COMMON_WORDS = commonWords();

    private static org.apache.lucene.analysis.CharArraySet commonWords() {
        var words = new org.apache.lucene.analysis.CharArraySet(
                org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet(), true);
        words.addAll(org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return org.apache.lucene.analysis.CharArraySet.unmodifiableSet(words);
    }

    /** Whether the shorter word is another form of the vocabulary's word (same stem): a word, not a spelling. */
    private static boolean sameStem(VigieFrenchAnalyzer analyzer, String heard, Token word) {
        var analysed = analyzer.analyse(heard);
        return analysed.size() == 1 && analysed.getFirst().term().equals(word.term());
    }

    /** The tokens respelled; the same list when nothing changes (most reports). */
    List<Token> apply(List<Token> tokens, String original) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token whole = halves.isEmpty() ? null : joined(tokens, i, original);
            if (whole != null) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                out.add(whole); // one token over both halves and what lies between: the evidence is the text as written
                i++;
                continue;
            }
            List<Token> replacement = HashtagWords.isHashtag(token, original) ? hashtag(token, original)
                    : token.word().indexOf(':') > 0 ? overAColon(token) : null;
            boolean ownRanges = replacement != null;
            int id = ids.id(token.word());
            if (replacement == null && demonstrativeC(tokens, i)) {
                replacement = demonstrative; // "dispo c soir": before a time of day, SMS "c" is "ce", not "c'est"
            }
            if (replacement == null && token.word().length() >= SHORTEST_GLUED && !isKnownOrCommon(id)) {
                replacement = glued(token, original); // before "je" glued to its verb: "jsuismineurmais…" is more words
                ownRanges = replacement != null;
            }
            if (replacement == null) {
                replacement = respelled(token, original, id);
            }
            if (replacement == null && !isKnownOrCommon(id)) {
                replacement = heardTeens.heard(tokens, i);
                ownRanges = replacement != null;
            }
            if (replacement == null) {
                var heardAs = byId(byEarById, id);
                if (heardAs != null) {
                    for (Token heard : heardAs) { // the first that makes a phrase with its neighbour
                        if (inAPhrase(tokens, i, heard.word(), original)) {
                            replacement = List.of(heard);
                            break;
                        }
                    }
                }
            }
            if (replacement == null && !tolerant.isEmpty()) {
                Token typo = typo(tokens, i, id);
                if (typo != null) {
                    replacement = List.of(typo);
                }
            }
            if (replacement != null && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (ownRanges) {
                out.addAll(replacement); // parts of the written word, each with its own range (a hashtag's words)
            } else if (replacement != null) {
                for (Token standard : replacement) {
                    out.add(new Token(standard.term(), standard.word(), token.start(), token.end()));
                }
            } else if (out != null) {
                out.add(token);
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * Every way {@code whole} may be cut in two halves of two letters or more, as a dictation hears it
     * or a hyphen breaks it: "ma jeure", "maj-eure"; where the second half opens with a vowel, also
     * with the silent h a dictation writes before it and the mute e it leaves on the first half
     * ("min heure", "mine heure", "mine eure" for "mineure").
     */
    private void addHalves(Token whole) {
        String word = whole.word();
        for (int cut = 2; cut <= word.length() - 2; cut++) {
            String first = word.substring(0, cut);
            String second = word.substring(cut);
            putHalves(first, second, whole);
            if ("aeiouy".indexOf(second.charAt(0)) >= 0) {
                putHalves(first, "h" + second, whole);
                if (first.charAt(first.length() - 1) != 'e') {
                    putHalves(first + "e", second, whole);
                    putHalves(first + "e", "h" + second, whole);
                }
            }
        }
    }

    private void putHalves(String first, String second, Token whole) {
        halves.computeIfAbsent(first, f -> new HashMap<>()).putIfAbsent(second, whole);
    }

    /**
     * The cut word that token {@code i} and the next make, if only spaces or one hyphen lie between
     * them; null otherwise. One look-up per token, a second only after a first half.
     */
    private Token joined(List<Token> tokens, int i, String original) {
        if (i + 1 >= tokens.size()) {
            return null;
        }
        var seconds = halves.get(tokens.get(i).word());
        if (seconds == null) {
            return null;
        }
        Token next = tokens.get(i + 1);
        Token whole = seconds.get(next.word());
        if (whole == null) {
            return null;
        }
        String between = original.substring(tokens.get(i).end(), next.start()).strip();
        if (!(between.isEmpty() || between.equals("-") || between.equals("\u2011") || between.equals("\u2010"))) {
            return null;
        }
        boolean secondIsAWord = byWord.containsKey(next.word()) || COMMON_WORDS.contains(next.word());
        if (secondIsAWord && !(i >= 1 && BEING.contains(tokens.get(i - 1).word()))) {
            return null; // "la mine heure par heure" is two words; "je suis mine heure" a status said of someone
        }
        return new Token(whole.term(), whole.word(), tokens.get(i).start(), next.end());
    }

    /**
     * A hashtag's body as the words it glues ("#seizeans" → "seize ans"), each with its own part of
     * the hashtag's range (evidence stays exact); null if it does not split, or if the analysis
     * changed its length (then parts of the word are not parts of the text).
     */
    private List<Token> hashtag(Token token, String original) {
        if (token.end() - token.start() != token.word().length()) {
            return null;
        }
        var words = HashtagWords.split(token.word(), this::isKnownPiece);
        if (words == null) {
            words = withDigits(original.substring(token.start(), token.end()));
        }
        return words == null ? null : placed(words, token.start());
    }

    /** A word a split may cut out: the vocabulary's, a common word, a number word. */
    private boolean isKnownPiece(String word) {
        return byWord.containsKey(word) || COMMON_WORDS.contains(word) || NumberWords.isNumberWord(word);
    }

    /** The pieces of a split word as the analysis reads them, each on its own part of the text from {@code start}. */
    private List<Token> placed(List<String> words, int start) {
        var out = new ArrayList<Token>(words.size() + 2);
        int at = start;
        for (String word : words) {
            for (Token piece : analyzer.analyse(word)) {
                out.add(new Token(piece.term(), piece.word(), at, at + word.length()));
            }
            at += word.length();
        }
        return out;
    }

    /**
     * Shortest run of glued words looked at ("jeunelycéenne"): a shorter word the lists do not hold is most often a
     * French word of its own that splits into known pieces all the same ("adolescents", "mademoiselle", "magasinage").
     */
    private static final int SHORTEST_GLUED = 13;
    /** Most words in such a run ("jefaisdesrencontrespayeesmaisjesuismineure" is nine). */
    private static final int MOST_GLUED = 9;

    /**
     * Words glued together in prose, as a hurried phone or a text recognition writes them ("jeunelycéenne",
     * "jeredoublemaseconde", "jsuismineurmaisjfaisdesrdv"): a long word no list knows, split wholly into the
     * words the engine knows or spells (as a hashtag is, {@link HashtagWords}), at least one of them a word of the
     * rules, each piece on its own part of the text and respelled like any word ("jsuis" is "je suis"). Null otherwise:
     * a long word of French the rules do not hold stays as it is.
     */
    private List<Token> glued(Token token, String original) {
        String word = token.word();
        if (token.end() - token.start() != word.length() || !TolerantWords.lettersOnly(word) || hasTripleLetter(word)) {
            return null; // letters repeated for emphasis are squeezed, not split ("jeuneeette" is "jeunette")
        }
        var words = HashtagWords.split(word, w -> isKnownPiece(w) || byId(spellingById, ids.id(w)) != null, MOST_GLUED);
        // glued prose ends on a word of its own, not on a two-letter piece ("intérimaires" is no "interim air es")
        if (words == null || words.getLast().length() < 3 || words.stream().noneMatch(byWord::containsKey)) {
            return null;
        }
        var out = new ArrayList<Token>(words.size() + 2);
        for (Token piece : placed(words, token.start())) {
            var spelled = respelled(piece, original);
            if (spelled == null) {
                out.add(piece);
            } else {
                for (Token standard : spelled) {
                    out.add(new Token(standard.term(), standard.word(), piece.start(), piece.end()));
                }
            }
        }
        return out;
    }

    /** Words a tag glues to its digits, which the analysis reads as letters ("#jai15ans" is not "jaiisans"). */
    private static final java.util.Set<String> BEFORE_DIGITS = Lookup.set(java.util.Set.of("jai", "nee", "ne", "moi"));

    /**
     * A tag's body as written, when it glues words to digits ("#jai15ans", "#née2010"): the analysis read the
     * digits as the letters they look like, so the body is split as written, a run of digits a piece of its own.
     * Null if the body has no digit and no letter, changes length when folded, or does not split wholly.
     */
    private List<String> withDigits(String written) {
        boolean digit = false;
        boolean letter = false;
        for (int k = 0; k < written.length(); k++) {
            digit |= Character.isDigit(written.charAt(k));
            letter |= Character.isLetter(written.charAt(k));
        }
        if (!digit || !letter) {
            return null;
        }
        String body = ExtractorWords.fold(written);
        if (body.length() != written.length()) {
            return null;
        }
        return HashtagWords.split(body, w -> w.chars().allMatch(Character::isDigit) || byWord.containsKey(w)
                || COMMON_WORDS.contains(w) || BEFORE_DIGITS.contains(w) || COHORT_BEFORE_YEAR.contains(w));
    }

    /** "#team2010", "#gang2011": the rule set's words for a cohort before a year, glued to it in a tag. */
    private static final ExtractorWords.WordList COHORT_BEFORE_YEAR = ExtractorWords.list("cohortBeforeYear");

    /**
     * A word the word breaker kept whole over a colon ("ddn:douze", "age:quinze": a colon between letters is
     * inside a word for Unicode), as the label and the value a form or a profile sets apart: each part
     * analysed on its own range. Null when the analysis changed the word's length (ranges would not be the text's).
     */
    private List<Token> overAColon(Token token) {
        String word = token.word();
        if (token.end() - token.start() != word.length()) {
            return null;
        }
        var out = new ArrayList<Token>(3);
        int from = 0;
        while (from <= word.length()) {
            int colon = word.indexOf(':', from);
            int to = colon < 0 ? word.length() : colon;
            if (to > from) {
                for (Token piece : analyzer.analyse(word.substring(from, to))) {
                    out.add(new Token(piece.term(), piece.word(), token.start() + from + piece.start(),
                            token.start() + from + piece.end()));
                }
            }
            from = to + 1;
        }
        return out.isEmpty() ? null : out;
    }

    /** The decisive word a misspelt word stands for ("16 asn", "colégienne"), never for a known or common word. */
    private Token typo(List<Token> tokens, int i, int id) {
        Token token = tokens.get(i);
        String word = token.word();
        if (token.isNumber() || isKnownOrCommon(id) || byId(spellingById, id) != null) {
            return null; // what the lists below would refuse anyway, known by the id
        }
        // the tolerant words first: they answer no at once for most words (short ones, or no near key), and the
        // word lists are then asked only about the few they would read otherwise; this runs at every token
        Token typo = tolerant.respelled(word, i > 0 && tokens.get(i - 1).isNumber());
        if (typo == null || byWord.containsKey(word) || COMMON_WORDS.contains(word) || spellings.containsKey(word)) {
            return null;
        }
        // another form of the word ("mineurs" for "mineur") is no typo: phrases matched on words mean that form only
        return anotherForm(word, typo.word()) ? null : typo;
    }

    /** Whether one word is the other with a plural or feminine ending (s, x, e, es): a form, not a typo. */
    private static boolean anotherForm(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (!longer.startsWith(shorter)) {
            return false;
        }
        String ending = longer.substring(shorter.length());
        return ending.equals("s") || ending.equals("x") || ending.equals("e") || ending.equals("es");
    }

    /** Times of day and of the week SMS writes after "c" for "ce" ("c soir", "c week-end"): folded words. */
    private static final Set<String> TIMES_AFTER_C = Set.of("soir", "matin", "midi", "nuit", "aprem", "week", "weekend",
            "wk", "we", "sam", "dim");

    /** "c" right before a time of day: the demonstrative "ce" ("dispo c soir"), where elsewhere it is "c'est". */
    private static boolean demonstrativeC(List<Token> tokens, int i) {
        return tokens.get(i).word().equals("c") && i + 1 < tokens.size() && TIMES_AFTER_C.contains(tokens.get(i + 1).word());
    }

    /** What one token stands for, or null if it stands for itself. */
    private List<Token> respelled(Token token, String original) {
        return respelled(token, original, ids.id(token.word()));
    }

    /** {@code id}: the token's word's id in {@link #ids}. */
    private List<Token> respelled(Token token, String original, int id) {
        String word = token.word();
        int wordId = id;
        if (isSymbol(word)) {
            String bare = withoutModifiers(word); // "👶🏼" is "👶": a skin tone or a presentation selector says nothing more
            if (bare != word) {
                word = bare;
                id = ids.id(word);
            }
        }
        if (word.length() <= longestSpelling) {
            Spelling spelling = byId(spellingById, id);
            if (spelling != null && (spelling.written() == null || writtenAs(token, original, spelling.written()))) {
                return spelling.standard();
            }
        }
        if (hasTripleLetter(word)) {
            Token known = bySqueezed.get(squeezed(word));
            return known == null ? null : List.of(known);
        }
        Token misread = misread(token, original, wordId);
        if (misread != null) {
            return List.of(misread);
        }
        if (word.length() >= 2 && word.charAt(0) == 'j' && isConsonant(word.charAt(1)) && !J_WORDS.contains(word)) {
            return gluedJe(word.substring(1));
        }
        return null;
    }

    /**
     * A word as text recognition misreads it from a picture (a screenshot's text): "rn" for "m"
     * ("hornme", "nurnéro"), a capital I or a 1 for an l ("Iycéenne", "Sa1ut"). Read as the
     * vocabulary's word it then is, never when it is a word of the vocabulary or a common word.
     */
    private Token misread(Token token, String original, int id) {
        String word = token.word();
        if (word.length() < 4 || isKnownOrCommon(id)) {
            return null; // a vocabulary or common word is never read as another (below), known by the id
        }
        String candidate = word;
        if (token.end() - token.start() == word.length()) {
            char[] letters = null;
            for (int k = 0; k < word.length(); k++) {
                char c = original.charAt(token.start() + k);
                // a stroke of another script too (Cyrillic palochka "Ӏ", "ӏ"): read as i, it may be an l; only the word tells
                if ((c == 'I' || c == '1' || c > 0x7F && (LatinLookAlikes.drawnAsBar(c) || word.charAt(k) == 'i'))
                        && word.charAt(k) != 'l') {
                    if (letters == null) {
                        letters = word.toCharArray();
                    }
                    letters[k] = 'l';
                }
            }
            if (letters != null) {
                candidate = new String(letters);
            }
        }
        if (candidate.contains("rn")) {
            candidate = candidate.replace("rn", "m");
        }
        // the word lists are asked only about a word that reads otherwise (few): this runs at every token
        if (candidate.equals(word) || byWord.containsKey(word) || COMMON_WORDS.contains(word)) {
            return null;
        }
        return byWord.get(candidate);
    }

    private static boolean isSymbol(String word) {
        return !word.isEmpty() && !Character.isLetterOrDigit(word.codePointAt(0));
    }

    /** An emoji without its skin-tone modifiers (U+1F3FB–U+1F3FF) and presentation selectors (U+FE0F). */
    static String withoutModifiers(String word) {
        var out = new StringBuilder(word.length());
        word.codePoints().filter(cp -> !(cp >= 0x1F3FB && cp <= 0x1F3FF) && cp != 0xFE0F).forEach(out::appendCodePoint);
        return out.length() == word.length() ? word : out.toString();
    }

    /** Whether the word heard at {@code i} makes two words of a phrase with the word before or after it (either heard too). */
    private boolean inAPhrase(List<Token> tokens, int i, String heard, String original) {
        for (int side = -1; side <= 1; side += 2) {
            int k = i + side;
            if (k < 0 || k >= tokens.size()) {
                continue;
            }
            Token neighbour = tokens.get(k);
            var respelled = respelled(neighbour, original);
            String written = respelled == null ? neighbour.word()
                    : (side < 0 ? respelled.getLast() : respelled.getFirst()).word();
            if (pairs.contains(side < 0 ? written + ' ' + heard : heard + ' ' + written)) {
                return true;
            }
            var alsoHeard = respelled == null ? byEar.get(written) : null;
            if (alsoHeard != null) {
                for (Token also : alsoHeard) {
                    String word = also.word();
                    if (pairs.contains(side < 0 ? word + ' ' + heard : heard + ' ' + word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "je" and the verb (or pronoun) glued to it, each analysed as if written apart. */
    private List<Token> gluedJe(String rest) {
        var out = new ArrayList<>(analyzer.analyse("je"));
        String pronoun = GLUED_PRONOUNS.get(rest);
        out.addAll(analyzer.analyse(pronoun != null ? pronoun : rest));
        return out;
    }

    private static boolean writtenAs(Token token, String original, String written) {
        return token.end() - token.start() == written.length()
                && original.regionMatches(true, token.start(), written, 0, written.length());
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiouyh".indexOf(c) < 0;
    }

    /** A letter three times in a row: an emphasis (the rare French word with one, "créée", is in no rule). */
    static boolean hasTripleLetter(String word) {
        for (int k = 2; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c == word.charAt(k - 1) && c == word.charAt(k - 2) && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** Every run of one repeated letter made one letter ("lyceeenne" and "lyceenne" → "lycene"). */
    static String squeezed(String word) {
        var out = new StringBuilder(word.length());
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (k == 0 || c != word.charAt(k - 1) || !Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The words read by ear, for review (what a word missing its silent ending is read as). */
    Map<String, String> byEar() {
        var out = new java.util.TreeMap<String, String>();
        byEar.forEach((heard, tokens) -> out.put(heard, String.join(" | ", tokens.stream().map(Token::word).toList())));
        return out;
    }
}
