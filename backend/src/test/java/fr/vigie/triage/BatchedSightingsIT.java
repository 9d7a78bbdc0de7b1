package fr.vigie.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vigie.support.EmbeddedServersTest;

/**
 * A batch recorded at once ({@link ReportRegistry#recordAll}: one insert, one look-up of the
 * originals for the whole batch, the batch's own earlier reports checked in memory) ends exactly
 * as the same reports recorded one by one: the same sightings of the same originals, by URL and
 * by text, the same reports of their own.
 */
class BatchedSightingsIT extends EmbeddedServersTest {

    @Autowired
    JdbcClient jdbc;

    /** What a batch ended as: per report, how it was recorded and the index (in the batch, or -1 before it) of its original. */
    private record Outcome(List<Recording> recordings, List<Integer> originals) {
    }

    @Test
    void aBatchEndsAsTheSameReportsRecordedOneByOne() {
        var batch = batch("a");
        var atOnce = outcome(batch.earlier(), batch.reports(), reports.recordAll(batch.reports()));
        var alone = batch("b");
        var oneByOne = outcome(alone.earlier(), alone.reports(), alone.reports().stream().map(reports::record).toList());

        assertThat(atOnce).isEqualTo(oneByOne);
        // and it is what the rules say
        assertThat(atOnce.recordings()).containsExactly(Recording.SIGHTING, Recording.CREATED, Recording.SIGHTING,
                Recording.SIGHTING, Recording.CREATED, Recording.SIGHTING, Recording.SIGHTING, Recording.CREATED);
        assertThat(atOnce.originals()).containsExactly(-1, null, 1, 1, null, -1, 4, null);
    }

    @Test
    void aBatchWithARedeliveryEndsAsTheSameReportsRecordedOneByOne() {
        // a report recorded before is delivered again in the batch: the look-ups are made one by one
        var batch = batch("c");
        var withRedelivery = new ArrayList<AssessedReport>();
        withRedelivery.add(batch.earlier());
        withRedelivery.addAll(batch.reports());
        var atOnce = outcome(batch.earlier(), batch.reports(), reports.recordAll(withRedelivery).subList(1, 9));
        var alone = batch("d");
        var oneByOne = outcome(alone.earlier(), alone.reports(), alone.reports().stream().map(reports::record).toList());

        assertThat(atOnce).isEqualTo(oneByOne);
        assertThat(reports.deliveries(batch.earlier().id())).isEqualTo(2);
    }

    private record Batch(AssessedReport earlier, List<AssessedReport> reports) {
    }

    /**
     * A report recorded before (URL u1, text A, phone 1), then a batch: a copy of it by URL; a new
     * ad (URL u2, text B, phone 2); its copy by URL; its copy by text, same phone; text B with
     * phone 3 (another ad from the template); a copy of the earlier report by text, no phone;
     * text B with phone 3 again (a copy of the fifth, not of the second); and an ad of its own.
     */
    private Batch batch(String run) {
        String salt = UUID.randomUUID().toString().substring(0, 8) + run;
        String u1 = "https://annonces.example.org/" + salt + "/1";
        String u2 = "https://annonces.example.org/" + salt + "/2";
        String a = "fp-" + salt + "-a";
        String b = "fp-" + salt + "-b";
        String p1 = phone(salt, 1);
        String p2 = phone(salt, 2);
        String p3 = phone(salt, 3);
        var earlier = report(u1, a, p1);
        reports.record(earlier);
        return new Batch(earlier, List.of(report(u1, null, null), report(u2, b, p2), report(u2, null, null),
                report(null, b, p2), report(null, b, p3), report(null, a, null), report(null, b, p3),
                report(null, "fp-" + salt + "-c", null)));
    }

    /** A synthetic phone from 06 39 98 xx xx, one per run and number. */
    private static String phone(String salt, int n) {
        int digits = Math.floorMod(salt.hashCode() * 7 + n, 10_000);
        return "+33639980000".substring(0, 8) + "%04d".formatted(digits);
    }

    private static AssessedReport report(String url, String fingerprint, String phone) {
        var now = Instant.now();
        var entities = phone == null ? ReportEntities.none()
                : new ReportEntities(List.of(phone), List.of(), List.of(), List.of(), List.of(), List.of());
        return new AssessedReport(UUID.randomUUID(), 1,
                new AssessedReport.Sender(null, "test", null, null, now, null, null),
                new AssessedReport.Ad("OTHER", null, url, url, "Annonce de test " + fingerprint, now, List.of()),
                AssessedReport.Place.UNKNOWN,
                new Assessment(PriorityBand.P4, 1, List.of(), entities, fingerprint, "test"));
    }

    private Outcome outcome(AssessedReport earlier, List<AssessedReport> batch, List<Recorded> recorded) {
        var ids = batch.stream().map(AssessedReport::id).toList();
        var originals = new ArrayList<Integer>();
        for (var r : batch) {
            UUID original = jdbc.sql("select merged_into from report where id = :id").param("id", r.id())
                    .query(UUID.class).optional().orElse(null);
            originals.add(original == null ? null : original.equals(earlier.id()) ? -1 : ids.indexOf(original));
        }
        return new Outcome(recorded.stream().map(Recorded::recording).toList(), originals);
    }
}
