package org.openintl.student.importing;

import java.time.Duration;
import org.openintl.platform.imports.ImportSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Import settings ({@code intl.students.imports.*}).
 *
 * @param chunkSize rows staged (sealed) per chunk document; progress is saved after each chunk
 * @param maxRows the largest file accepted
 * @param maxErrors row errors kept in the job (all failures are counted)
 * @param lease how long a job belongs to the instance working on it without news; after that another instance (or
 *     the same one after a restart) resumes it
 * @param rowThreads rows of one chunk processed in parallel
 * @param maxInterruptions how often a job may be resumed after its worker stopped without handing it over (the
 *     process crashed or lost its database); the next interruption marks it FAILED instead, so that a job that
 *     brings its process down cannot do so for ever
 */
@ConfigurationProperties("intl.students.imports")
public record ImportProperties(
        @DefaultValue("1000") int chunkSize,
        @DefaultValue("200000") int maxRows,
        @DefaultValue("1000") int maxErrors,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("2") int rowThreads,
        @DefaultValue("1") int maxInterruptions) {

    ImportSettings settings() {
        return new ImportSettings(chunkSize, maxRows, maxErrors, lease, rowThreads, maxInterruptions);
    }
}
