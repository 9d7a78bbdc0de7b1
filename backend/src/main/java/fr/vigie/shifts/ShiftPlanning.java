package fr.vigie.shifts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;

/**
 * Plans, changes and removes shifts, and signs workers up for open ones. All of one request or
 * nothing: a weekly series with one occurrence overlapping another shift is refused whole.
 */
@Service
class ShiftPlanning {

    private static final java.time.format.DateTimeFormatter PARIS_TIME = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy HH:mm").withZone(ShiftRules.PARIS);

    private final Shifts shifts;
    private final UserAccounts users;
    private final ShiftProperties properties;

    ShiftPlanning(Shifts shifts, UserAccounts users, ShiftProperties properties) {
        this.shifts = shifts;
        this.users = users;
        this.properties = properties;
    }

    @Transactional
    List<Shift> plan(ShiftRequest request, String author) {
        var draft = ShiftRules.check(request, properties, true);
        if (!draft.open()) {
            checkPerson(draft.username(), draft.kind());
            shifts.lock(draft.username());
            for (var window : draft.windows()) {
                checkCalendar(draft.username(), draft.kind(), window, null);
            }
        }
        UUID series = draft.windows().size() > 1 ? UUID.randomUUID() : null;
        var planned = new ArrayList<Shift>();
        for (var window : draft.windows()) {
            UUID id = UUID.randomUUID();
            shifts.insert(id, draft, window, series, null, author);
            planned.add(shifts.find(id).orElseThrow());
        }
        return planned;
    }

    @Transactional
    Shift change(UUID id, ShiftRequest request) {
        var existing = shifts.find(id).orElseThrow(ShiftProblem::notFound);
        var draft = ShiftRules.check(request, properties, false);
        if (draft.open() != (existing.username() == null)) {
            throw ShiftProblem.invalid(draft.open() ? "username" : "slots",
                    "un créneau ouvert le reste, un créneau nominatif aussi / an open shift stays open, a named one named");
        }
        if (!draft.open()) {
            checkPerson(draft.username(), draft.kind());
            shifts.lock(draft.username());
            checkCalendar(draft.username(), draft.kind(), draft.windows().getFirst(), id);
        }
        shifts.update(id, draft, draft.windows().getFirst());
        return shifts.find(id).orElseThrow();
    }

    @Transactional
    void remove(UUID id) {
        if (!shifts.delete(id)) {
            throw ShiftProblem.notFound();
        }
    }

    /** A worker takes one of an open shift's slots: a shift of her own, same window and scope. */
    @Transactional
    Shift signUp(UUID openShiftId, String worker) {
        var open = shifts.find(openShiftId).orElseThrow(ShiftProblem::notFound);
        if (open.slots() == null) {
            throw ShiftProblem.conflict("Ce créneau n'est pas ouvert aux inscriptions / This shift has no open slots");
        }
        shifts.lock(openShiftId.toString());
        shifts.lock(worker);
        open = shifts.find(openShiftId).orElseThrow(ShiftProblem::notFound);
        if (open.signedUp().contains(worker)) {
            throw ShiftProblem.conflict("Vous êtes déjà inscrite sur ce créneau / Already signed up");
        }
        if (open.signedUp().size() >= open.slots()) {
            throw ShiftProblem.conflict("Plus de place sur ce créneau / No slot left");
        }
        var window = new ShiftRules.Window(open.start(), open.end());
        checkPerson(worker, ShiftKind.WORKER);
        checkCalendar(worker, ShiftKind.WORKER, window, null);
        var draft = new ShiftRules.Draft(worker, ShiftKind.WORKER, open.platforms(), open.departments(), null,
                List.of(window));
        UUID id = UUID.randomUUID();
        shifts.insert(id, draft, window, null, openShiftId, worker);
        return shifts.find(id).orElseThrow();
    }

    private void checkPerson(String username, ShiftKind kind) {
        var account = users.findByUsername(username).filter(UserAccounts.Account::enabled)
                .orElseThrow(() -> ShiftProblem.invalid("username", "compte inconnu ou désactivé / unknown or disabled account"));
        Role needed = kind == ShiftKind.WORKER ? Role.WORKER : Role.COORDINATOR;
        if (!account.roles().contains(needed)) {
            throw ShiftProblem.invalid("username", (kind == ShiftKind.WORKER
                    ? "ce compte n'a pas le rôle d'intervenant·e / this account has no WORKER role"
                    : "ce compte n'a pas le rôle de coordination / this account has no COORDINATOR role"));
        }
    }

    /** No overlap with her other shifts; between two worker shifts, the rest period. */
    private void checkCalendar(String username, ShiftKind kind, ShiftRules.Window window, UUID except) {
        var overlapping = shifts.near(username, window, Duration.ZERO, null, except);
        if (!overlapping.isEmpty()) {
            throw ShiftProblem.invalid("start", "chevauche un autre créneau de " + username + " (" + span(overlapping.getFirst())
                    + ") / overlaps another shift of this person");
        }
        if (kind == ShiftKind.WORKER) {
            var tooClose = shifts.near(username, window, properties.restPeriod(), ShiftKind.WORKER, except);
            if (!tooClose.isEmpty()) {
                throw ShiftProblem.invalid("start", "repos de " + ShiftRules.hours(properties.restPeriod())
                        + " requis entre deux créneaux (" + span(tooClose.getFirst()) + ") / a rest of "
                        + properties.restPeriod() + " is required between two shifts");
            }
        }
    }

    private static String span(Shift shift) {
        return PARIS_TIME.format(shift.start()) + " – " + PARIS_TIME.format(shift.actualEnd());
    }
}
