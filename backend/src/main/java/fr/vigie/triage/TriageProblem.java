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

    static TriageProblem invalid(List<FieldProblem> errors) {
        return new TriageProblem(Problems.withErrors(HttpStatus.UNPROCESSABLE_CONTENT, null,
                "Décision incomplète : voir errors / Incomplete decision: see errors", errors));
    }

    ProblemDetail problem() {
        return problem;
    }
}
