package fr.vigie.triage;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import fr.vigie.infrastructure.web.FieldProblem;
import fr.vigie.infrastructure.web.Problems;

/** A triage rule said no: the problem document to answer (status, French/English detail, extra properties). */
class TriageProblem extends RuntimeException {

    private final transient ProblemDetail problem;

    private TriageProblem(ProblemDetail problem) {
        super(problem.getDetail(), null, false, false);
        this.problem = problem;
    }

    static TriageProblem notFound() {
        return new TriageProblem(Problems.of(HttpStatus.NOT_FOUND, "Signalement inconnu / Unknown report"));
    }

    static TriageProblem claimedBy(Claim claim) {
        var problem = Problems.of(HttpStatus.CONFLICT, "Déjà pris en charge par " + claim.worker() + " / Already claimed by "
                + claim.worker());
        problem.setProperty("claim", claim);
        return new TriageProblem(problem);
    }

    /** A query parameter at fault: 400 naming it, like every other parameter of the API. */
    static TriageProblem badParameter(String name, String message) {
        return new TriageProblem(Problems.invalidParameters(List.of(new FieldProblem(name, message))));
    }

    /** A refusal with no field at fault: a status and its French/English detail. */
    static TriageProblem of(HttpStatus status, String detail) {
        return new TriageProblem(Problems.of(status, detail));
    }

    /** A field of the request at fault, with the status the rule calls for (403 for a scope the shift does not allow). */
    static TriageProblem field(HttpStatus status, String detail, String field, String message) {
        return new TriageProblem(Problems.withErrors(status, null, detail, List.of(new FieldProblem(field, message))));
    }

    static TriageProblem claimFirst() {
        return new TriageProblem(Problems.of(HttpStatus.CONFLICT,
                "Prenez d'abord le signalement en charge / Claim the report first"));
    }

    static TriageProblem awaitingApproval() {
        return new TriageProblem(Problems.of(HttpStatus.CONFLICT, "Une décision attend la seconde approbation d'un·e coordinateur·rice / "
                + "A decision awaits a second coordinator's approval"));
    }

    static TriageProblem unknownDecision() {
        return new TriageProblem(Problems.of(HttpStatus.NOT_FOUND, "Décision inconnue pour ce signalement / Unknown decision of this report"));
    }

    /** The request is understood but the decision is not in the state it needs (already approved, not sent yet…). */
    static TriageProblem wrongState(String french, String english) {
        return new TriageProblem(Problems.of(HttpStatus.CONFLICT, french + " / " + english));
    }

    static TriageProblem ownDecision() {
        return new TriageProblem(Problems.of(HttpStatus.FORBIDDEN, "Une autre personne doit approuver votre décision / "
                + "Someone else must approve your own decision"));
    }

    static TriageProblem invalid(List<FieldProblem> errors) {
        return new TriageProblem(Problems.withErrors(HttpStatus.UNPROCESSABLE_CONTENT, null,
                "Décision incomplète : voir errors / Incomplete decision: see errors", errors));
    }

    /** A field of the body at fault (422), with the generic detail of invalid fields. */
    static TriageProblem invalidField(String field, String message) {
        return new TriageProblem(Problems.invalidField(field, message));
    }

    ProblemDetail problem() {
        return problem;
    }
}
