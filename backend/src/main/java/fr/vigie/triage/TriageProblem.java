package fr.vigie.triage;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** A triage rule said no: the status to answer, a French/English detail, extra properties. */
class TriageProblem extends RuntimeException {

    private final HttpStatus status;
    private final transient Map<String, Object> properties;

    TriageProblem(HttpStatus status, String detail, Map<String, Object> properties) {
        super(detail, null, false, false);
        this.status = status;
        this.properties = properties;
    }

    static TriageProblem notFound() {
        return new TriageProblem(HttpStatus.NOT_FOUND, "Signalement inconnu / Unknown report", Map.of());
    }

    static TriageProblem claimedBy(Claim claim) {
        return new TriageProblem(HttpStatus.CONFLICT, "Déjà pris en charge par " + claim.worker() + " / Already claimed by "
                + claim.worker(), Map.of("claim", claim));
    }

    static TriageProblem claimFirst() {
        return new TriageProblem(HttpStatus.CONFLICT,
                "Prenez d'abord le signalement en charge / Claim the report first", Map.of());
    }

    static TriageProblem awaitingApproval() {
        return new TriageProblem(HttpStatus.CONFLICT, "Une décision attend la seconde approbation d'un·e coordinateur·rice / "
                + "A decision awaits a second coordinator's approval", Map.of());
    }

    static TriageProblem unknownDecision() {
        return new TriageProblem(HttpStatus.NOT_FOUND, "Décision inconnue pour ce signalement / Unknown decision of this report",
                Map.of());
    }

    /** The request is understood but the decision is not in the state it needs (already approved, not sent yet…). */
    static TriageProblem wrongState(String french, String english) {
        return new TriageProblem(HttpStatus.CONFLICT, french + " / " + english, Map.of());
    }

    static TriageProblem ownDecision() {
        return new TriageProblem(HttpStatus.FORBIDDEN, "Une autre personne doit approuver votre décision / "
                + "Someone else must approve your own decision", Map.of());
    }

    static TriageProblem invalid(List<DecisionRules.FieldError> errors) {
        return new TriageProblem(HttpStatus.UNPROCESSABLE_CONTENT,
                "Décision incomplète : voir errors / Incomplete decision: see errors", Map.of("errors", errors));
    }

    HttpStatus status() {
        return status;
    }

    Map<String, Object> properties() {
        return properties;
    }
}
