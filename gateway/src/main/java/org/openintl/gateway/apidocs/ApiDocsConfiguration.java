package org.openintl.gateway.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's own document (token, overview). The services' documents name the same scheme,
 * {@value #SCHEME} (platform {@code OpenApiSecurityConfiguration}), so one "Authorize" in Swagger UI serves all.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static final String SCHEME = "bearer-jwt";

    @Bean
    OpenAPI gatewayApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("International affairs: gateway")
                        .version("v1")
                        .description("Tokens (POST /auth/token, then Authorize with the access_token) and the"
                                + " overview. The services' APIs are in the list at the top right."))
                .components(new Components()
                        .addSecuritySchemes(
                                SCHEME,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
