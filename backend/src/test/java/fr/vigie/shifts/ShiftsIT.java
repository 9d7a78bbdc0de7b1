package fr.vigie.shifts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.ProblemAssertions;
import fr.vigie.support.VigieApi;

/** The Coordination API's shifts: every planning rule of SPEC.md, recurrence, gaps, who sees what, sign-ups. */
class ShiftsIT extends EmbeddedServersTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorPlansAShiftWithItsScopeAndTheWorkerSeesIt() {
        String worker = People.create(users, "camille", Role.WORKER);
        Instant start = someFutureNight();
        var planned = People.admin(api()).post("/api/v1/shifts", shift(worker, start, start.plus(Duration.ofHours(8)), "WORKER",
                List.of("CLASSIFIED_AD"), List.of("69", "2a")));

        assertThat(planned.status()).isEqualTo(201);
        assertThat(planned.body().get("id").asString()).isNotBlank();
        assertThat(planned.body().get("username").asString()).isEqualTo(worker);
        assertThat(planned.body().get("departments").valueStream().map(JsonNode::asString)).containsExactly("69", "2A");
        assertThat(planned.body().get("occurrences").size()).isEqualTo(1);

        var hers = People.signedIn(api(), worker).get("/api/v1/shifts?from=" + start.minus(Duration.ofDays(1)) + "&to=" + start.plus(Duration.ofDays(1)));
        assertThat(hers.status()).isEqualTo(200);
        assertThat(People.ids(hers.body().get("items"))).contains(planned.body().get("id").asString());
        var someoneElse = People.signedIn(api(), People.create(users, "dominique", Role.WORKER))
                .get("/api/v1/shifts?from=" + start.minus(Duration.ofDays(1)) + "&to=" + start.plus(Duration.ofDays(1)));
        assertThat(People.ids(someoneElse.body().get("items"))).as("a worker sees her own shifts only")
                .doesNotContain(planned.body().get("id").asString());
    }

    @Test
    void everyPlanningRuleIsA422NamingItsField() {
        String worker = People.create(users, "regles", Role.WORKER);
        String coordinatorOnly = People.create(users, "coordinatrice", Role.COORDINATOR);
        String disabled = People.create(users, "partie", Role.WORKER);
        users.setEnabled(users.findByUsername(disabled).orElseThrow().id(), false);
        Instant start = someFutureNight();
        var c = People.admin(api());

        assertRefused(c, shift(worker, start, start, "WORKER", List.of(), List.of()), "end");
        assertRefused(c, shift(worker, start, start.minusSeconds(60), "WORKER", List.of(), List.of()), "end");
        assertRefused(c, shift(worker, start, start.plus(Duration.ofHours(8)).plusSeconds(60), "WORKER", List.of(), List.of()), "end");
        assertRefused(c, shift("personne-" + People.suffix(), start, start.plus(Duration.ofHours(2)), "WORKER", List.of(), List.of()), "username");
        assertRefused(c, shift(disabled, start, start.plus(Duration.ofHours(2)), "WORKER", List.of(), List.of()), "username");
        assertRefused(c, shift(coordinatorOnly, start, start.plus(Duration.ofHours(2)), "WORKER", List.of(), List.of()), "username");
        assertRefused(c, shift(worker, start, start.plus(Duration.ofHours(2)), "COORDINATOR_ON_DUTY", List.of(), List.of()), "username");
        assertRefused(c, shift(worker, start, start.plus(Duration.ofHours(2)), "WORKER", List.of("TELEPATHY"), List.of()), "platforms[0]");
        assertRefused(c, shift(worker, start, start.plus(Duration.ofHours(2)), "WORKER", List.of(), List.of("69", "20")), "departments[1]");
        assertRefused(c, shift(worker, start, start.plus(Duration.ofHours(2)), "NIGHT", List.of(), List.of()), "kind");
        var noStart = shift(worker, start, start.plus(Duration.ofHours(2)), "WORKER", List.of(), List.of());
        noStart.put("start", "demain soir");
        assertRefused(c, noStart, "start");

        assertThat(c.post("/api/v1/shifts", shift(worker, start, start.plus(Duration.ofHours(8)), "WORKER", List.of(), List.of()))
                .status()).as("exactly the maximum length").isEqualTo(201);
        assertRefused(c, shift(worker, start.plus(Duration.ofHours(7)), start.plus(Duration.ofHours(9)), "WORKER", List.of(), List.of()),
                "start");
        assertRefused(c, shift(worker, start.plus(Duration.ofHours(12)), start.plus(Duration.ofHours(14)), "WORKER", List.of(), List.of()),
                "start");
        assertThat(c.post("/api/v1/shifts", shift(worker, start.plus(Duration.ofHours(19)), start.plus(Duration.ofHours(21)),
                "WORKER", List.of(), List.of())).status()).as("after the 11 h rest").isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from shift where username = :u").param("u", worker).query(Long.class).single())
                .as("nothing half-stored").isEqualTo(2);
    }

    @Test
    void aWeeklySeriesMakesOneShiftPerWeekOrNoneIfOneOverlaps() {
        String worker = People.create(users, "hebdo", Role.WORKER);
        Instant start = someFutureNight();
        var c = People.admin(api());
        var blocking = c.post("/api/v1/shifts", shift(worker, start.plus(Duration.ofDays(14)), start.plus(Duration.ofDays(14))
                .plus(Duration.ofHours(1)), "WORKER", List.of(), List.of()));
        assertThat(blocking.status()).isEqualTo(201);

        var series = shift(worker, start, start.plus(Duration.ofHours(8)), "WORKER", List.of(), List.of("69"));
        series.put("repeat", Map.of("weekly", true, "until", LocalDate.ofInstant(start, PARIS).plusWeeks(3).toString()));
        assertRefused(c, series, "start");
        assertThat(c.delete("/api/v1/shifts/" + blocking.body().get("id").asString()).status()).isEqualTo(204);

        var planned = c.post("/api/v1/shifts", series);
        assertThat(planned.status()).isEqualTo(201);
        var occurrences = planned.body().get("occurrences");
        assertThat(occurrences.size()).isEqualTo(4);
        assertThat(occurrences.valueStream().map(o -> o.get("seriesId").asString()).distinct()).hasSize(1);
        for (int week = 0; week < 4; week++) {
            var local = Instant.parse(occurrences.get(week).get("start").asString()).atZone(PARIS);
            assertThat(local.toLocalTime()).as("same local hour every week").isEqualTo(start.atZone(PARIS).toLocalTime());
        }

        var tooLong = shift(worker, start.plus(Duration.ofDays(200)), start.plus(Duration.ofDays(200)).plus(Duration.ofHours(1)),
                "WORKER", List.of(), List.of());
        tooLong.put("repeat", Map.of("weekly", true, "until", LocalDate.ofInstant(start, PARIS).plusYears(2).toString()));
        assertRefused(c, tooLong, "repeat.until");
        var notWeekly = shift(worker, start.plus(Duration.ofDays(200)), start.plus(Duration.ofDays(200)).plus(Duration.ofHours(1)),
                "WORKER", List.of(), List.of());
        notWeekly.put("repeat", Map.of("weekly", false, "until", "2040-01-01"));
        assertRefused(c, notWeekly, "repeat.weekly");
    }

    @Test
    void aShiftIsChangedAndRemovedByACoordinatorOnly() {
        String worker = People.create(users, "change", Role.WORKER);
        Instant start = someFutureNight();
        var c = People.admin(api());
        String id = c.post("/api/v1/shifts", shift(worker, start, start.plus(Duration.ofHours(4)), "WORKER", List.of(), List.of()))
                .body().get("id").asString();

        var changed = c.put("/api/v1/shifts/" + id, shift(worker, start, start.plus(Duration.ofHours(6)), "WORKER",
                List.of("FORUM"), List.of("13")));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("end").asString()).isEqualTo(start.plus(Duration.ofHours(6)).toString());
        assertThat(changed.body().get("platforms").get(0).asString()).isEqualTo("FORUM");
        var tooLong = c.put("/api/v1/shifts/" + id, shift(worker, start, start.plus(Duration.ofHours(9)), "WORKER", List.of(), List.of()));
        ProblemAssertions.assertProblem(tooLong, 422, "end");
        var unknown = c.put("/api/v1/shifts/" + UUID.randomUUID(), shift(worker, start, start.plus(Duration.ofHours(1)), "WORKER",
                List.of(), List.of()));
        assertThat(unknown.status()).isEqualTo(404);

        var herself = People.signedIn(api(), worker);
        assertThat(herself.delete("/api/v1/shifts/" + id).status()).isEqualTo(403);
        assertThat(c.delete("/api/v1/shifts/" + id).status()).isEqualTo(204);
        assertThat(c.delete("/api/v1/shifts/" + id).status()).isEqualTo(404);
    }

    @Test
    void gapsAreTheHoursWithNoWorkerOnShift() {
        // a week of its own, far away, so that no other test's shift is in it
        Instant monday = LocalDate.of(2100 + ThreadLocalRandom.current().nextInt(0, 500), 1, 1)
                .with(java.time.DayOfWeek.MONDAY).atStartOfDay(PARIS).toInstant();
        Instant from = monday;
        Instant to = monday.plus(Duration.ofHours(24));
        var c = People.admin(api());
        String a = People.create(users, "couverture-a", Role.WORKER);
        String b = People.create(users, "couverture-b", Role.WORKER);
        String onDuty = People.create(users, "astreinte", Role.COORDINATOR);
        c.post("/api/v1/shifts", shift(a, from.plus(Duration.ofHours(8)), from.plus(Duration.ofHours(14)), "WORKER", List.of(), List.of()));
        c.post("/api/v1/shifts", shift(b, from.plus(Duration.ofHours(12)), from.plus(Duration.ofHours(18)), "WORKER", List.of(), List.of()));
        c.post("/api/v1/shifts", shift(onDuty, from.plus(Duration.ofHours(18)), from.plus(Duration.ofHours(24)), "COORDINATOR_ON_DUTY",
                List.of(), List.of()));

        var calendar = c.get("/api/v1/shifts?from=" + from + "&to=" + to);
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.body().get("items").size()).isEqualTo(3);
        var gaps = calendar.body().get("gaps");
        assertThat(gaps.valueStream().map(g -> g.get("start").asString() + "/" + g.get("end").asString())).containsExactly(
                from + "/" + from.plus(Duration.ofHours(8)),
                from.plus(Duration.ofHours(18)) + "/" + to);
    }

    @Test
    void calendarParametersAreCheckedNaming400() {
        var c = People.admin(api());
        ProblemAssertions.assertProblem(c.get("/api/v1/shifts?from=hier"), 400, "from");
        ProblemAssertions.assertProblem(c.get("/api/v1/shifts?from=2030-01-10&to=2030-01-09"), 400, "to");
        ProblemAssertions.assertProblem(c.get("/api/v1/shifts?from=2030-01-01&to=2031-01-01"), 400, "to");
        assertThat(c.get("/api/v1/shifts").status()).as("this week by default").isEqualTo(200);
    }

    @Test
    void workersSignUpForTheSlotsOfAnOpenShiftUntilItIsFull() {
        Instant start = someFutureNight();
        var c = People.admin(api());
        var open = shift(null, start, start.plus(Duration.ofHours(4)), "WORKER", List.of(), List.of("69"));
        open.put("slots", 1);
        var planned = c.post("/api/v1/shifts", open);
        assertThat(planned.status()).isEqualTo(201);
        String id = planned.body().get("id").asString();

        String first = People.create(users, "inscrite", Role.WORKER);
        var worker = People.signedIn(api(), first);
        var calendar = worker.get("/api/v1/shifts?from=" + start.minus(Duration.ofDays(1)) + "&to=" + start.plus(Duration.ofDays(1)));
        assertThat(People.ids(calendar.body().get("items"))).as("open shifts are shown to workers").contains(id);
        var signedUp = worker.post("/api/v1/shifts/" + id + "/signup", Map.of());
        assertThat(signedUp.status()).isEqualTo(201);
        assertThat(signedUp.body().get("username").asString()).isEqualTo(first);
        assertThat(signedUp.body().get("departments").get(0).asString()).isEqualTo("69");
        assertThat(worker.post("/api/v1/shifts/" + id + "/signup", Map.of()).status()).isEqualTo(409);
        assertThat(People.signedIn(api(), People.create(users, "trop-tard", Role.WORKER)).post("/api/v1/shifts/" + id + "/signup", Map.of()).status())
                .as("no slot left").isEqualTo(409);
        assertThat(c.get("/api/v1/shifts?from=" + start.minus(Duration.ofDays(1)) + "&to=" + start.plus(Duration.ofDays(1)))
                .body().get("items").valueStream().filter(s -> s.get("id").asString().equals(id)).findFirst().orElseThrow()
                .get("signedUp").get(0).asString()).isEqualTo(first);
    }

    @Test
    void whoIsOnDutyNowAndMyShift() {
        String worker = People.create(users, "maintenant", Role.WORKER);
        String coordinatorName = People.create(users, "de-garde", Role.COORDINATOR);
        var c = People.admin(api());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var mine = c.post("/api/v1/shifts", shift(worker, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)),
                "WORKER", List.of(), List.of("2B")));
        var duty = c.post("/api/v1/shifts", shift(coordinatorName, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)),
                "COORDINATOR_ON_DUTY", List.of(), List.of("2B")));
        try {
            var answer = People.signedIn(api(), worker).get("/api/v1/shifts/now");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body().get("workers").valueStream().map(w -> w.get("username").asString())).contains(worker);
            assertThat(answer.body().get("coordinatorsOnDuty").valueStream().map(w -> w.get("username").asString()))
                    .contains(coordinatorName);
            assertThat(answer.body().get("shift").get("shiftId").asString()).isEqualTo(mine.body().get("id").asString());
            assertThat(answer.body().get("scope").get("departments").get(0).asString()).isEqualTo("2B");
            assertThat(People.signedIn(api(), People.create(users, "au-repos", Role.WORKER)).get("/api/v1/shifts/now").body().get("shift").isNull()).isTrue();
        } finally {
            c.delete("/api/v1/shifts/" + mine.body().get("id").asString());
            c.delete("/api/v1/shifts/" + duty.body().get("id").asString());
        }
    }

    @Test
    void aCoordinatorPicksWhomToReassignToWorkersOnShiftFirst() {
        String onShift = People.create(users, "zoe-de-service", Role.WORKER);
        String resting = People.create(users, "alice-au-repos", Role.WORKER);
        String disabled = People.create(users, "partie-colleague", Role.WORKER);
        users.setEnabled(users.findByUsername(disabled).orElseThrow().id(), false);
        String coordinatorOnly = People.create(users, "coordination-seule", Role.COORDINATOR);
        var c = People.admin(api());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var shift = c.post("/api/v1/shifts", shift(onShift, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)),
                "WORKER", List.of(), List.of()));
        try {
            var answer = c.get("/api/v1/shifts/colleagues");
            assertThat(answer.status()).isEqualTo(200);
            var names = answer.body().get("items").valueStream().map(w -> w.get("username").asString()).toList();
            assertThat(names).contains(onShift, resting).doesNotContain(disabled, coordinatorOnly);
            assertThat(names.indexOf(onShift)).as("on shift first, though after in the alphabet").isLessThan(names.indexOf(resting));
            var first = answer.body().get("items").get(names.indexOf(onShift));
            assertThat(first.get("onShift").asBoolean()).isTrue();
            assertThat(Instant.parse(first.get("shiftEnd").asString())).isEqualTo(now.plus(Duration.ofHours(2)));
            assertThat(answer.body().get("items").get(names.indexOf(resting)).get("onShift").asBoolean()).isFalse();
            assertThat(People.signedIn(api(), resting).get("/api/v1/shifts/colleagues").status()).isEqualTo(403);
        } finally {
            c.delete("/api/v1/shifts/" + shift.body().get("id").asString());
        }
    }

    private void assertRefused(VigieApi c, Map<String, Object> body, String field) {
        var response = c.post("/api/v1/shifts", body);
        ProblemAssertions.assertProblem(response, 422, field);
    }

    static Map<String, Object> shift(String username, Instant start, Instant end, String kind, List<String> platforms,
            List<String> departments) {
        var body = new HashMap<String, Object>();
        body.put("username", username);
        body.put("start", start.toString());
        body.put("end", end.toString());
        body.put("kind", kind);
        body.put("platforms", platforms);
        body.put("departments", departments);
        return body;
    }

    /** 21:00 Paris on a random day years ahead: no two tests plan in the same place. */
    private static Instant someFutureNight() {
        return LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 20_000))
                .atTime(21, 0).atZone(PARIS).toInstant();
    }
}
