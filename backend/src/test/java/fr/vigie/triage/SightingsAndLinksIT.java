package fr.vigie.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import fr.vigie.identity.Role;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;

/** The same ad seen twice is one queue item with two sightings; reports sharing a contact are linked. */
class SightingsAndLinksIT extends EmbeddedServersTest {

    @Test
    void theSameUrlFromAnotherSourceIsASightingNotANewQueueItem() {
        String url = "https://annonces.example.org/a/" + UUID.randomUUID() + "?utm_source=partage";
        var first = SyntheticReports.report(SyntheticReports.uniqueId("url"), "Une annonce vue deux fois");
        first.put("url", url);
        var again = SyntheticReports.report(SyntheticReports.uniqueId("url"), "Texte recopié autrement par un autre partenaire");
        again.put("url", url.replace("annonces.example.org", "ANNONCES.example.org").replace("?utm_source=partage", "#haut"));

        UUID original = processed(first);
        UUID sighting = processed(again);

        var w = worker();
        assertThat(queueIds(w)).contains(original.toString()).doesNotContain(sighting.toString());
        var detail = w.get("/api/v1/reports/" + original).body();
        assertThat(detail.get("sightings").size()).isEqualTo(1);
        assertThat(detail.get("sightings").get(0).get("matchedOn").asString()).isEqualTo("URL");
        assertThat(api().getAsPartner(PARTNER_KEY, "/api/v1/reports/" + sighting + "/status").body().get("status").asString())
                .isEqualTo("RECEIVED");
    }

    @Test
    void theSameTextHoweverDisguisedIsASighting() {
        String marker = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");
        var plain = SyntheticReports.report(SyntheticReports.uniqueId("txt"), "Petite annonce " + marker + " dispo ce soir");
        plain.put("url", null);
        var disguisedReport = SyntheticReports.report(SyntheticReports.uniqueId("txt"),
                "PETITE   annonce " + marker.toUpperCase() + " dis\u200Bpo ce soir");
        disguisedReport.put("url", null);
        disguisedReport.put("contacts", plain.get("contacts"));
        UUID original = processed(plain);
        UUID disguised = processed(disguisedReport);

        var detail = worker().get("/api/v1/reports/" + original).body();
        assertThat(detail.get("sightings").valueStream().map(s -> s.get("matchedOn").asString())).containsExactly("TEXT");
        assertThat(queueIds(worker())).doesNotContain(disguised.toString());
    }

    @Test
    void theSameTextWithAnotherPhoneNumberIsAnotherAdNotASighting() {
        String marker = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "y");
        var first = SyntheticReports.report(SyntheticReports.uniqueId("tpl"), "Modèle " + marker + " appelle-moi");
        first.put("url", null);
        first.put("contacts", List.of("06 39 98 00 31"));
        var second = SyntheticReports.report(SyntheticReports.uniqueId("tpl"), "Modèle " + marker + " appelle-moi");
        second.put("url", null);
        second.put("contacts", List.of("06 39 98 00 32"));
        UUID a = processed(first);
        UUID b = processed(second);
        assertThat(worker().get("/api/v1/reports/" + a).body().get("sightings").size()).isZero();
        assertThat(worker().get("/api/v1/reports/" + b).body().get("status").asString()).isNotEqualTo("MERGED");
    }

    @Test
    void aContactSharedWithAPriorityReportRaisesTheOtherAndLinksThem() {
        String phone = "01 99 00 %02d %02d".formatted(ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(100));
        String e164 = "+331" + phone.substring(3).replace(" ", "");
        var low = SyntheticReports.report(SyntheticReports.uniqueId("link"), "Vends canapé d'angle, appeler le " + phone);
        low.put("url", null);
        low.put("reporterConcern", "LOW");
        var high = SyntheticReports.report(SyntheticReports.uniqueId("link"), "Nouvelle, 16 ans, dispo ce soir, appelle " + phone);
        high.put("url", null);

        UUID lowId = processed(low);
        var w = worker();
        assertThat(w.get("/api/v1/reports/" + lowId).body().get("priority").asString()).isIn("P3", "P4");
        UUID highId = processed(high);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var detail = w.get("/api/v1/reports/" + lowId).body();
            assertThat(detail.get("priority").asString()).isEqualTo("P2");
            assertThat(detail.get("signals").valueStream().map(s -> s.get("code").asString())).contains("SHARED_CONTACT");
            assertThat(detail.get("linkedReports").valueStream().map(l -> l.get("id").asString())).contains(highId.toString());
        });
        var byContact = w.get("/api/v1/contacts/" + e164 + "/reports").body().get("reports");
        assertThat(byContact.valueStream().map(r -> r.get("id").asString())).contains(lowId.toString(), highId.toString());
        assertThat(byContact.get(0).get("priority").asString()).isEqualTo("P1");
    }

    @Test
    void copiesOfOneAdProcessedSideBySideMakeOneQueueItem() {
        String marker = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "z");
        var copies = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < 12; i++) { // one batch: the copies reach the partitions, and their consumers, together
            var copy = SyntheticReports.report(SyntheticReports.uniqueId("copy"), "Annonce recopiée " + marker + " dispo");
            copy.put("url", null);
            copy.put("contacts", List.of("@exemple_" + marker));
            copies.add(copy);
        }
        List<UUID> ids = bench().processedTogether(PARTNER_KEY, copies);

        var w = worker();
        var statuses = ids.stream().map(id -> w.get("/api/v1/reports/" + id).body().get("status").asString()).toList();
        assertThat(statuses.stream().filter(status -> !status.equals("MERGED")).count()).as("queue items").isEqualTo(1);
        UUID original = ids.get(statuses.indexOf(statuses.stream().filter(st -> !st.equals("MERGED")).findFirst().orElseThrow()));
        assertThat(w.get("/api/v1/reports/" + original).body().get("sightings").size()).isEqualTo(11);
    }

    @Test
    void adsSharingANumberProcessedSideBySideAreAllLinked() {
        String phone = "01 99 00 %02d %02d".formatted(ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(100));
        var ads = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < 6; i++) {
            var ad = SyntheticReports.report(SyntheticReports.uniqueId("net"), "Annonce numéro " + i + " " + UUID.randomUUID()
                    + ", appeler le " + phone);
            ad.put("url", null);
            ads.add(ad);
        }
        List<UUID> ids = bench().processedTogether(PARTNER_KEY, ads);

        var w = worker();
        for (UUID id : ids) {
            var linked = w.get("/api/v1/reports/" + id).body().get("linkedReports").valueStream()
                    .map(l -> UUID.fromString(l.get("id").asString())).toList();
            assertThat(linked).as("the reports linked to %s", id)
                    .containsAll(ids.stream().filter(other -> !other.equals(id)).toList());
        }
    }

    private UUID processed(Map<String, Object> report) {
        var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report);
        assertThat(accepted.status()).isEqualTo(202);
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);
        return id;
    }

    private VigieApi worker() {
        return bench().person("veille", Role.WORKER);
    }

    private static List<String> queueIds(VigieApi api) {
        JsonNode items = api.get("/api/v1/queue?limit=200").body().get("items");
        return StreamSupport.stream(items.spliterator(), false).map(i -> i.get("id").asString()).toList();
    }
}
