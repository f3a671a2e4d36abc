package org.openintl.platform.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Every service's OpenAPI document names the bearer scheme (so Swagger UI at the gateway offers "Authorize"), lists
 * the 401 and 403 ProblemDetails on each operation, and has the relative server {@code /}: the document is read
 * through the gateway, and "try it out" must go through the gateway as well.
 */
@AutoConfiguration
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class OpenApiSecurityConfiguration {

    public static final String SCHEME = "bearer-jwt";
    private static final String PROBLEM_SCHEMA = "Problem";

    static {
        // the caller is not a request parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    @Bean
    ServerBaseUrlCustomizer throughTheGateway() {
        return (serverBaseUrl, request) -> "/";
    }

    @Bean
    GlobalOpenApiCustomizer bearerTokens() {
        return openApi -> {
            Components components = openApi.getComponents() != null ? openApi.getComponents() : new Components();
            openApi.setComponents(components);
            components.addSecuritySchemes(
                    SCHEME,
                    new SecurityScheme()
                            .type(SecurityScheme.Type.HTTP)
                            .scheme("bearer")
                            .bearerFormat("JWT")
                            .description("A token from POST /auth/token at the gateway (or the campus identity"
                                    + " provider). Roles: ADMIN, PARTNERSHIP_OFFICER, STUDENT_COUNSELOR, NEWS_EDITOR,"
                                    + " FACULTY_OFFICER,"
                                    + " VIEWER; see docs/security.md."));
            if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM_SCHEMA)) {
                components.addSchemas(PROBLEM_SCHEMA, problemSchema());
            }
            openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
            if (openApi.getPaths() != null) {
                openApi.getPaths().values().stream()
                        .map(PathItem::readOperations)
                        .flatMap(java.util.List::stream)
                        .forEach(OpenApiSecurityConfiguration::addSecurityResponses);
            }
        };
    }

    private static void addSecurityResponses(Operation operation) {
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        operation.setResponses(responses);
        responses.putIfAbsent("401", problem("Missing, expired, malformed or foreign token"));
        responses.putIfAbsent("403", problem("The token's roles do not allow this call"));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 ProblemDetail")
                .addProperty("type", new StringSchema().example("urn:intl:problem:forbidden"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema());
    }
}
