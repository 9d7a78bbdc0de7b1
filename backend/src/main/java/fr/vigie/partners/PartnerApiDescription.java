package fr.vigie.partners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The partner API's OpenAPI group ({@code /v3/api-docs/partner}), on the paths of
 * {@link PartnerEndpoints}, with every status each operation can answer and its problem+json
 * body, so that a partner's generated client and a validating proxy accept every real answer.
 */
@Configuration(proxyBeanMethods = false)
class PartnerApiDescription {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    GroupedOpenApi partnerApiGroup() {
        return GroupedOpenApi.builder().group("partner")
                .pathsToMatch(PartnerEndpoints.pathPatterns())
                .addOpenApiCustomizer(PartnerApiDescription::documentErrors)
                .build();
    }

    static void documentErrors(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getResponses() == null) {
                operation.setResponses(new ApiResponses());
            }
            errorsOf(method).forEach((status, description) -> {
                var response = operation.getResponses().computeIfAbsent(status,
                        s -> new ApiResponse().description(description));
                response.setContent(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
                headerOf(status).ifPresent(h -> response.addHeaderObject(h.getKey(), h.getValue()));
            });
        }));
    }

    /** The error statuses an operation can answer, in the words partner-integration.md uses. */
    private static Map<String, String> errorsOf(PathItem.HttpMethod method) {
        var errors = new LinkedHashMap<String, String>();
        errors.put("400", "Malformed request: JSON, UTF-8, path or parameters (errors names the parameter)");
        errors.put("401", "Missing API key (WWW-Authenticate: Bearer) or unknown/revoked key (error=\"invalid_token\"): fix the key");
        if (method == PathItem.HttpMethod.GET) {
            errors.put("404", "No report of yours with this id (another organisation's report answers the same)");
        }
        errors.put("405", "Another method on this path: see Allow (any path outside the partner API answers 404)");
        errors.put("406", "Accept does not allow application/json: nothing was stored");
        if (method == PathItem.HttpMethod.POST) {
            errors.put("413", "Body over 1 MiB: nothing was stored");
            errors.put("415", "Content-Type is not application/json: nothing was stored");
            errors.put("422", "Contract broken: errors lists each field at fault; nothing was stored");
        }
        errors.put("414", "Request line (path and query) over 8 KiB");
        errors.put("431", "Request headers over 8 KiB");
        errors.put("429", "Over your request budget: retry after Retry-After seconds");
        errors.put("503", "Not stored durably, or Vigie starting or stopping: retry after Retry-After (same externalId: no duplicate)");
        return errors;
    }

    private static java.util.Optional<Map.Entry<String, Header>> headerOf(String status) {
        return switch (status) {
            case "401" -> java.util.Optional.of(Map.entry("WWW-Authenticate",
                    new Header().description("Bearer, or Bearer error=\"invalid_token\"").schema(new StringSchema())));
            case "405" -> java.util.Optional.of(Map.entry("Allow",
                    new Header().description("The methods this path answers").schema(new StringSchema())));
            case "429", "503" -> java.util.Optional.of(Map.entry("Retry-After",
                    new Header().description("Seconds to wait before retrying").schema(new IntegerSchema())));
            default -> java.util.Optional.empty();
        };
    }

    /** RFC 9457, with Vigie's {@code errors} member for validation. */
    private static Schema<?> problemSchema() {
        var fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema().description("JSON path or parameter at fault, e.g. reports[3].text"))
                .addProperty("message", new StringSchema().description("Why, in French then English"));
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("What happened and what to do, French then English"))
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(fieldProblem))
                .required(List.of("status", "detail"));
    }
}
