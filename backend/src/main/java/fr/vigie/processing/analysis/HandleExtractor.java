package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * Contact handles: "@name", and a name after a platform ("snap: name", "insta @name", "ig name",
 * "mon snap c'est name", "discord name", leetspeak platform names "sn4p", "1nsta",
 * "tiktok", "telegram", "sc: name", "tt : name", the ghost emoji of Snapchat) → "name" (lower
 * case, no @). A word after a platform name is a handle only when it looks like one: marked as
 * one (a colon or an arrow after the platform, an @ before the name), or shaped like one (a
 * digit, an underscore or a dot in it), or at least not a common word ("snap ce soir", "sur
 * insta demain" name no one). A false handle is worse than a missed one: every ad that shares
 * it is linked, and the network rule raises them all.
 */
final class HandleExtractor {

    /** A handle found in the text. */
    record Handle(String name, Evidence evidence) {
    }

    private static final Pattern AT_HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@([a-z0-9][a-z0-9_.]{1,29})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLATFORM_HANDLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(sn[a4@]p(?:ch[a4@]t)?|[i1!]nst[a4@](?:gr[a4@]m)?|ig|telegram|tg|t\\.g|tiktok|kik|sc|tt|discord"
                    + "|compte|pseudo|profil|account|bereal|\\x{1F47B})(?![\\p{L}\\p{N}])"
                    // a mark after the platform: a colon, an equals sign, an arrow of any Unicode arrow block
                    + "\\s{0,3}([:=]|->|=>|[\\p{InArrows}\\p{InSupplemental_Arrows_A}\\p{InSupplemental_Arrows_B}"
                    + "\\p{InMiscellaneous_Symbols_and_Arrows}\\x{2794}-\\x{27BF}]\\x{FE0F}?|c['’ ]?est(?![\\p{L}])|is(?![\\p{L}]))?\\s{0,3}(@)?([a-z0-9][a-z0-9_.]{2,29})(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /**
     * The platform names above, shortest forms only (a longer name starts with one of them):
     * where a platform handle may start. Most words starting with s, i, t or k are not one.
     */
    private static final String[] PLATFORM_PREFIXES = {"sn", "inst", "ig", "telegram", "tg", "t.g", "tiktok", "kik", "sc", "tt"};
    private static final StartChars PLATFORM_START = new StartChars("sSiItTkK\uD83D", StartChars.NONE, true);
    /**
     * The platform words that start with a common letter ("compte", "pseudo", "discord") or a
     * digit ("1nsta"): looked for in a second scan, only in a text that has one of them, so that
     * every word starting with c, p, a or d is not a candidate.
     */
    private static final String[] RARE_PREFIXES = {"discord", "compte", "pseudo", "profil", "account", "1nst", "!nst", "bereal"};
    /** Lower-case parts of the rare words (case aside, their first letter may be a capital). */
    private static final String[] RARE_PARTS = {"iscord", "ompte", "seudo", "rofil", "ccount", "1nst", "!nst", "eReal", "ereal", "EREAL"};
    private static final StartChars RARE_START = new StartChars("dDcCpPaA1!bB", StartChars.NONE, true);
    private static final StartChars AT_START = new StartChars("@", StartChars.NONE);
    private static final Pattern TRAILING_DOTS = Pattern.compile("[._]+$");
    /** Short platform names that are SMS spellings too ("tt" is "tout"): a plain word after them needs a mark. */
    private static final Set<String> MARK_NEEDED = Set.of("tt", "sc", "tg", "ig", "t.g");
    /**
     * Words that name an account, not a platform ("le compte exemple_x", "mon pseudo : …"): what
     * follows is a handle only when shaped like one, marked or not ("compte : bonjour" is no name).
     */
    private static final Set<String> SHAPE_NEEDED = Set.of("compte", "pseudo", "profil", "account");
    /**
     * Words that say how or when to get the account, not the account: "snap : demande", "insta : en bio". Unaccented
     * only: a name is ASCII ({@link #PLATFORM_HANDLE}), so "privé" never reaches the check.
     */
    private static final Set<String> NO_NAME_AFTER_A_MARK = Set.of("demande", "demander", "prive", "bio", "dm", "mp",
            "message", "bientot", "ferme", "supprime", "aucun", "none", "non", "oui", "jamais");
    /** Words that follow a platform name without a mark and are not a name: French and English common words. */
    private static final CharArraySet COMMON_WORDS = commonWords();

    private HandleExtractor() {
    }

    static List<Handle> extract(NormalisedText normalised) {
        String s = normalised.text();
        var handles = new ArrayList<Handle>();
        CandidateScan.findAll(AT_HANDLE, normalised, AT_START, i -> true,
                at -> add(handles, normalised, at.group(1), at.start(), at.end(1)));
        Consumer<MatchResult> platformHandle = platform -> {
                    String name = platform.group(4);
                    // the dot ending a sentence is no part of a name's shape ("ni de pseudo visible.", "profil : 16.")
                    String bare = TRAILING_DOTS.matcher(name).replaceAll("");
                    // digits alone are an age, a count or a phone's part ("âge affiché sur le profil : 16"), never an account
                    if (bare.chars().allMatch(Character::isDigit)) {
                        return;
                    }
                    boolean marked = platform.group(2) != null || platform.group(3) != null;
                    boolean shaped = bare.chars().anyMatch(c -> c == '_' || c == '.' || Character.isDigit(c));
                    String lower = bare.toLowerCase(Locale.ROOT);
                    String word = platform.group(1).toLowerCase(Locale.ROOT);
                    boolean needsMark = MARK_NEEDED.contains(word);
                    // even after a colon, a common word or a word for how to ask is no name ("snap : pas encore", "snap : demande")
                    boolean plainWord = !shaped && (COMMON_WORDS.contains(lower) || NO_NAME_AFTER_A_MARK.contains(lower));
                    if (SHAPE_NEEDED.contains(word) ? shaped
                            : !plainWord && (marked || shaped || !needsMark && lower.length() >= 4)) {
                        add(handles, normalised, name, platform.start(), platform.end(4));
                    }
                };
        CandidateScan.findAll(PLATFORM_HANDLE, normalised, PLATFORM_START, i -> mayStartPlatform(s, i), platformHandle);
        if (hasRareWord(s)) {
            CandidateScan.findAll(PLATFORM_HANDLE, normalised, RARE_START, i -> mayStartRare(s, i), platformHandle);
        }
        // a word joined by underscores ("exemple_doux_moments"): a name no prose uses, shaped as handles are, with a
        // platform or a contact word in its sentence, after a colon or closing the text; found from the underscores
        // themselves, so that a text without one costs a single indexOf
        for (int u = s.indexOf('_'); u >= 0; ) {
            int start = u;
            while (start > 0 && isNameChar(s.charAt(start - 1))) {
                start--;
            }
            int end = u;
            while (end < s.length() && isNameChar(s.charAt(end))) {
                end++;
            }
            int whole = end; // with its trailing dots: "mot_de_passe.txt" is a file's name
            while (end > u && (s.charAt(end - 1) == '_' || s.charAt(end - 1) == '.')) {
                end--;
            }
            // not a hashtag, nor part of an address or a link ("#les_copines", "lea_b@example.org", "example.org/annonce_12")
            boolean bounded = (start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1)) && "@#/.".indexOf(s.charAt(start - 1)) < 0)
                    && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)) && s.charAt(end) != '@' && s.charAt(end) != '/');
            if (bounded && end > u + 1 && isAsciiLetter(s.charAt(start))
                    && !FILE_EXTENSION.matcher(s).region(start, whole).find()
                    && (platformInSentence(s, start, end) || givenAsContact(s, start, end))) {
                add(handles, normalised, s.substring(start, end), start, end);
            }
            u = s.indexOf('_', Math.max(end, u + 1));
        }
        return handles;
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '.';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    private static final Pattern PLATFORM_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(sn[a4@]p(?:ch[a4@]t)?|[i1!]nst[a4@](?:gr[a4@]m)?|t[eé]l[eé]gram|tiktok|kik|discord|wizz"
                    + "|whatsapp|\\x{1F47B}|\\x{1F4F8}"
                    // or a word that gives a contact: "écrivez à exemple_…", "dm exemple_…", "tout passe par exemple_…"
                    + "|[eé]cri(?:s|t|re|vez|vez-moi|s-moi)|dm|mp|contact(?:e|ez|er|é|ée|és|ées)?|ajout(?:e|ez|er)(?:-moi)?|pass(?:e|ez|er)\\s+par"
                    // and the sender of messages a reporter tells of: "contacté par exemple_…", "des messages de exemple_…"
                    + "|joindre|joignable|messages?)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Endings that make a name with an underscore a file's or an address's ("mot_de_passe.txt", "lea_b@example.org",
     * whose '@' the normalisation has read as an 'a').
     */
    private static final Pattern FILE_EXTENSION = Pattern.compile(
            "\\.(?:txt|pdf|docx?|xlsx?|jpe?g|png|gif|zip|csv|odt|mp4|mov|org|com|fr|net|eu|io|be|ch)$", Pattern.CASE_INSENSITIVE);

    /**
     * A name shaped as a handle given as the way to reach someone without any platform or contact word: after a colon
     * ("il répond vite : exemple_manager_vip") or closing the text ("rencontre possible le week-end, exemple_lina_ok").
     * A reference in running text ("Réf dossier_2024 en pièce jointe") is neither.
     */
    private static boolean givenAsContact(String s, int start, int end) {
        int before = start;
        while (before > 0 && Character.isWhitespace(s.charAt(before - 1))) {
            before--;
        }
        if (before > 0 && s.charAt(before - 1) == ':') {
            return true;
        }
        for (int k = end; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return before > 0 && s.charAt(before - 1) == ',';
    }
    /** How far (characters) a platform's name may be from a name shaped as a handle, in the same sentence. */
    private static final int PLATFORM_REACH = 50;

    /**
     * A platform or a contact word ("écrivez", "dm", "contact", "ajoutez-moi", "passe par") named in the same sentence
     * as the word, before or after it, not only right before
     * it ("ajoute exemple_zoe2010 sur snap", "insta en privé ➡️ exemple_doux_moments", "mon snap
     * exemple_tess et l'autre exemple_tess_bis"): with a name shaped as a handle, that is enough.
     */
    private static boolean platformInSentence(String s, int start, int end) {
        int from = start;
        while (from > 0 && start - from < PLATFORM_REACH && ".!?\n".indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < s.length() && to - end < PLATFORM_REACH && ".!?\n".indexOf(s.charAt(to)) < 0) {
            to++;
        }
        return PLATFORM_WORD.matcher(s).region(from, to).find();
    }

    private static CharArraySet commonWords() {
        var words = new CharArraySet(FrenchAnalyzer.getDefaultStopSet(), true);
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        // what follows "snap" or "insta" in a sentence: time, availability, the platform's own words
        words.addAll(List.of("marche", "bug", "beug", "plante", "fini", "finie", "termine", "demain", "soir", "matin", "nuit", "aujourd", "maintenant", "ajoute", "ajouter", "moi",
                "dispo", "disponible", "uniquement", "only", "seulement", "aussi", "direct", "svp", "stp", "prive",
                "privé", "perso", "personnel", "story", "stories", "live", "photo", "photos", "message", "messages", "semaine", "weekend",
                "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "juste", "tout", "toute",
                "pour", "avec", "sans", "plus", "bientot", "bientôt", "vite", "pseudo", "compte", "profil", "meme",
                "même", "après", "apres", "avant", "quand", "comme", "merci", "bisous", "aussi", "encore", "ici",
                // and speech's fillers and frequency words ("mets-moi sur insta genre demain", "sur snap tous les jours")
                "genre", "mode", "chaque", "tous", "toutes", "toujours", "souvent", "parfois", "hier"));
        return CharArraySet.unmodifiableSet(words);
    }

    /** A platform name, either case, not glued to a preceding letter or digit (implied by PLATFORM_HANDLE). */
    private static boolean mayStartPlatform(String s, int i) {
        char c = s.charAt(i);
        if (c == '\uD83D') {
            return s.startsWith("\uD83D\uDC7B", i); // the ghost of Snapchat
        }
        if (c != 's' && c != 'S' && c != 'i' && c != 'I' && c != 't' && c != 'T' && c != 'k' && c != 'K') {
            return false;
        }
        return !CandidateScan.letterOrNumberBefore(s, i) && startsWithOne(s, i, PLATFORM_PREFIXES);
    }

    private static boolean hasRareWord(String s) {
        for (String part : RARE_PARTS) {
            if (s.indexOf(part) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayStartRare(String s, int i) {
        return !CandidateScan.letterOrNumberBefore(s, i) && startsWithOne(s, i, RARE_PREFIXES);
    }

    private static boolean startsWithOne(String s, int i, String[] prefixes) {
        for (String prefix : prefixes) {
            // ASCII-only case folding, as the pattern's CASE_INSENSITIVE without UNICODE_CASE
            if (CandidateScan.regionMatchesAsciiIgnoreCase(s, i, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Handle> handles, NormalisedText normalised, String raw, int start, int end) {
        String name = TRAILING_DOTS.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll("");
        int trimmed = raw.length() - name.length();
        if (name.length() >= 2 && handles.stream().noneMatch(h -> h.name().equals(name))) {
            handles.add(new Handle(name, normalised.evidence(start, end - trimmed)));
        }
    }
}
