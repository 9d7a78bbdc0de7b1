package fr.vigie.processing.analysis;

import java.util.List;

/** Whether two tokens are in the same sentence: no . ! ? ; … or line break between them in the original. */
final class Sentences {

    private Sentences() {
    }

    static boolean same(String original, List<Token> tokens, int a, int b) {
        int from = Math.min(a, b);
        int to = Math.max(a, b);
        for (int c = tokens.get(from).end(); c < tokens.get(to).start(); c++) {
            char x = original.charAt(c);
            if (x == '.' || x == '!' || x == '?' || x == ';' || x == '\n' || x == '…') {
                return false;
            }
        }
        return true;
    }
}
