package org.openintl.platform.testing;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * MockMvc requests carry {@link TestTokens#admin()} unless a test sets its own {@code Authorization} header, the same
 * default as {@link Http}. Listed for {@code @AutoConfigureMockMvc} in the test-jar's imports file.
 */
@AutoConfiguration
@ConditionalOnClass(MockMvcBuilderCustomizer.class)
public class TestTokensMockMvcConfiguration {

    @Bean
    MockMvcBuilderCustomizer adminTokenByDefault() {
        return builder -> builder.defaultRequest(
                MockMvcRequestBuilders.get("/").header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.admin()));
    }
}
