package fr.vigie.processing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.vigie.triage.PriorityBand;
import fr.vigie.triage.ReportRegistry.Standing;

/**
 * What publishing candidate rules will do to the open reports, computed by the rescoring itself
 * in a transaction that is rolled back: each report's band, score and rank in the queue before and
 * after, shared-contact raises included.
 *
 * @param openReports  open reports now (those the rescoring reassesses)
 * @param changedBand  reports whose band changes
 * @param changedScore reports whose score changes
 * @param moved        reports whose rank in the queue changes
 * @param bandsBefore  open reports per band now, every band present
 * @param bandsAfter   the same after publication
 * @param changes      the reports that change (band, score or rank), band changes first, then
 *                     the largest moves; at most {@value #LISTED}
 */
record RulePreview(String version, int openReports, int changedBand, int changedScore, int moved,
        Map<String, Integer> bandsBefore, Map<String, Integer> bandsAfter, List<ReportChange> changes) {

    static final int LISTED = 100;

    /** One open report: band ({@code from} → {@code to}), score and rank (1 first) before and after. */
    record ReportChange(UUID id, String from, String to, int scoreBefore, int scoreAfter, int rankBefore, int rankAfter) {
    }

    private static boolean bandChanged(ReportChange c) {
        return !c.from().equals(c.to());
    }

    private static int movement(ReportChange c) {
        return Math.abs(c.rankAfter() - c.rankBefore());
    }

    static RulePreview of(String version, List<Standing> before, List<Standing> after) {
        var now = new HashMap<UUID, Standing>();
        after.forEach(s -> now.put(s.id(), s));
        int band = 0;
        int score = 0;
        int moved = 0;
        var changes = new ArrayList<ReportChange>();
        for (var b : before) {
            var a = now.get(b.id());
            if (a == null) {
                continue; // not open any more: nothing the rescoring would touch
            }
            var change = new ReportChange(b.id(), b.priority().name(), a.priority().name(), b.score(), a.score(), b.rank(), a.rank());
            band += bandChanged(change) ? 1 : 0;
            score += b.score() != a.score() ? 1 : 0;
            moved += b.rank() != a.rank() ? 1 : 0;
            if (bandChanged(change) || b.score() != a.score() || b.rank() != a.rank()) {
                changes.add(change);
            }
        }
        changes.sort(Comparator.comparing((ReportChange c) -> !bandChanged(c))
                .thenComparing(RulePreview::movement, Comparator.reverseOrder()).thenComparing(ReportChange::rankBefore));
        return new RulePreview(version, before.size(), band, score, moved, perBand(before), perBand(after),
                List.copyOf(changes.subList(0, Math.min(LISTED, changes.size()))));
    }

    private static Map<String, Integer> perBand(List<Standing> standings) {
        var counts = new LinkedHashMap<String, Integer>();
        for (var band : PriorityBand.values()) {
            counts.put(band.name(), 0);
        }
        standings.forEach(s -> counts.merge(s.priority().name(), 1, Integer::sum));
        return counts;
    }
}
