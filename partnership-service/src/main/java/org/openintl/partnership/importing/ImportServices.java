package org.openintl.partnership.importing;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import org.openintl.partnership.partner.PartnerRequest;
import org.openintl.partnership.partnership.PartnershipRequest;
import org.openintl.platform.imports.ImportJobs;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three registers' jobs (partners, partnerships, program cohorts) on the shared import job model (docs/partnership-service.md): each resumes its abandoned
 * jobs on a schedule and stops its worker with the service.
 */
@Service
@EnableConfigurationProperties(ImportProperties.class)
class ImportServices {

    private final ImportJobs<PartnerRequest> partners;
    private final ImportJobs<PartnershipRequest> partnerships;
    private final ImportJobs<CohortImportRegister.Row> cohorts;

    ImportServices(
            PartnerImportRegister partnerRegister,
            PartnershipImportRegister partnershipRegister,
            CohortImportRegister cohortRegister,
            PartnerImportJobRepository partnerJobs,
            PartnershipImportJobRepository partnershipJobs,
            CohortImportJobRepository cohortJobs,
            JsonMapper json,
            Clock clock,
            ImportProperties properties,
            MeterRegistry meters) {
        this.partners = new ImportJobs<>(partnerRegister, partnerJobs, json, clock, properties.settings(), meters);
        this.partnerships =
                new ImportJobs<>(partnershipRegister, partnershipJobs, json, clock, properties.settings(), meters);
        this.cohorts = new ImportJobs<>(cohortRegister, cohortJobs, json, clock, properties.settings(), meters);
    }

    ImportJobs<PartnerRequest> partners() {
        return partners;
    }

    ImportJobs<PartnershipRequest> partnerships() {
        return partnerships;
    }

    ImportJobs<CohortImportRegister.Row> cohorts() {
        return cohorts;
    }

    @Scheduled(
            initialDelayString = "${intl.partnerships.imports.resume-delay:PT10S}",
            fixedDelayString = "${intl.partnerships.imports.resume-interval:PT30S}")
    void resumeAbandoned() {
        partners.resumeAbandoned();
        partnerships.resumeAbandoned();
        cohorts.resumeAbandoned();
    }

    @PreDestroy
    void stop() {
        partners.stop();
        partnerships.stop();
        cohorts.stop();
    }
}
