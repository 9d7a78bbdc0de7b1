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

    /** A query parameter at fault: 400 naming it, like every other parameter of the API. */
    static TriageProblem badParameter(String name, String message) {
        return new TriageProblem(HttpStatus.BAD_REQUEST, "Paramètre invalide : voir errors / Invalid parameter: see errors",
                Map.of("errors", List.of(new DecisionRules.FieldError(name, message))));
    }

    static TriageProblem claimFirst() {
        return new TriageProblem(HttpStatus.CONFLICT,
                "Prenez d'abord le signalement en charge / Claim the report first", Map.of());
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
