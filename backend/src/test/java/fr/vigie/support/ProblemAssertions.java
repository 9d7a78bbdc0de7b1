package fr.vigie.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.StreamSupport;

/** What every refusal must look like: its status, an RFC 9457 document, the field or parameter named. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** The status and a problem document; {@code field}, if not null, among {@code errors[].field}. */
    public static void assertProblem(VigieApi.Response response, int status, String field) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.contentType()).as("content type of %s", response).startsWith("application/problem+json");
        if (response.body() == null) {
            return; // HEAD
        }
        assertThat(response.body().get("status").asInt()).isEqualTo(status);
        assertThat(response.body().get("detail").asString()).isNotBlank();
        if (field != null) {
            assertThat(response.body().has("errors")).as("errors in %s", response.body()).isTrue();
            var fields = StreamSupport.stream(response.body().get("errors").spliterator(), false)
                    .map(e -> e.get("field").asString()).toList();
            assertThat(fields).as("fields named in %s", response.body()).contains(field);
        }
    }
}
