package fr.vigie.infrastructure.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 description at {@code /v3/api-docs} (rendered at {@code /swagger-ui.html}). The
 * partner API is its own group, so a partner's engineer reads only what concerns them; that group
 * is defined with the partner endpoints ({@code fr.vigie.partners.PartnerApiDescription}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI vigieOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Vigie API").version("v1")
                        .description("Partner API v1 of Vigie: push reports (text and metadata only, never images), "
                                + "read back their status. Errors are application/problem+json (RFC 9457). "
                                + "See docs/partner-integration.md.")
                        .license(new License().name("AGPL-3.0-only")))
                .components(new Components().addSecuritySchemes("partnerKey",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("The API key issued to your organisation")))
                .addSecurityItem(new SecurityRequirement().addList("partnerKey"));
    }

    @Bean
    GroupedOpenApi workbenchApiGroup() {
        return GroupedOpenApi.builder().group("workbench")
                .pathsToMatch("/api/v1/**")
                .build();
    }
}
