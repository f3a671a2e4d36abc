package org.openintl.partnership.importing;

import java.time.Duration;
import org.openintl.platform.imports.ImportSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the partners' and partnerships' imports ({@code intl.partnerships.imports.*}); their meaning is that of
 * {@link ImportSettings}. A university has hundreds of partners and agreements, so the files are small.
 */
@ConfigurationProperties("intl.partnerships.imports")
record ImportProperties(
        @DefaultValue("500") int chunkSize,
        @DefaultValue("20000") int maxRows,
        @DefaultValue("1000") int maxErrors,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("1") int rowThreads,
        @DefaultValue("1") int maxInterruptions) {

    ImportSettings settings() {
        return new ImportSettings(chunkSize, maxRows, maxErrors, lease, rowThreads, maxInterruptions);
    }
}
