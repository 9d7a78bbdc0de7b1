package fr.vigie.statistics;

/**
 * Counts from 1 to 4 are not printed in exports: so small a cell (one report from one département
 * in one week) could point to one young person. 0 stays 0: it says nothing about anyone.
 */
final class SmallCells {

    static final String SUPPRESSED = "< 5";
    static final long THRESHOLD = 5;

    private SmallCells() {
    }

    static boolean suppressed(long count) {
        return count > 0 && count < THRESHOLD;
    }

    static String show(long count) {
        return suppressed(count) ? SUPPRESSED : Long.toString(count);
    }
}
