package fr.vigie.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The one factory of problem documents: status, title, detail, errors and content type as the API promises. */
class ProblemsTest {

    @Test
    void aProblemWithoutTitleTakesTheStatusPhrase() {
        var problem = Problems.of(HttpStatus.NOT_FOUND, "Signalement inconnu / Unknown report");

        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getTitle()).isEqualTo("Not Found");
        assertThat(problem.getDetail()).isEqualTo("Signalement inconnu / Unknown report");
        assertThat(problem.getProperties()).isNull();
    }

    @Test
    void invalidFieldsIsA422ListingEachFieldInOrder() {
        var problem = Problems.invalidFields(List.of(new FieldProblem("password", "trop court / too short"),
                new FieldProblem("roles", "obligatoire / required")));

        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getTitle()).isEqualTo("Invalid request content");
        assertThat(problem.getDetail()).isEqualTo("La demande contient des champs invalides / Some fields are invalid");
        assertThat(problem.getProperties()).containsOnlyKeys("errors");
        assertThat((List<?>) problem.getProperties().get("errors")).extracting("field").containsExactly("password", "roles");
    }

    @Test
    void invalidParametersIsA400() {
        var problem = Problems.invalidParameters(List.of(new FieldProblem("limit", "entre 1 et 200 / between 1 and 200")));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getTitle()).isEqualTo("Invalid parameter");
        assertThat(problem.getDetail()).isEqualTo("Paramètre invalide : voir errors / Invalid parameter: see errors");
    }

    @Test
    void errorsWithoutTitleKeepTheStatusPhrase() {
        var problem = Problems.withErrors(HttpStatus.UNPROCESSABLE_CONTENT, null, "Décision incomplète : voir errors / "
                + "Incomplete decision: see errors", List.of(new FieldProblem("type", "obligatoire / required")));

        assertThat(problem.getTitle()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
    }

    @Test
    void anAnswerIsProblemJsonWithTheProblemsStatus() {
        var answer = Problems.answer(HttpStatus.CONFLICT, "Cet identifiant existe déjà / This username is taken");

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getDetail()).startsWith("Cet identifiant");
    }

    @Test
    void retryAfterSaysWhenInSeconds() {
        var answer = Problems.retryAfter(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "réessayez / retry"), "5");

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
