package org.openintl.platform.imports;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** The problem answers shared by every register's import endpoint. */
@AutoConfiguration
@ConditionalOnWebApplication
public class ImportsConfiguration {

    @Bean
    ImportProblemsAdvice importProblemsAdvice() {
        return new ImportProblemsAdvice();
    }
}
