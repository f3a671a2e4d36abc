package org.openintl.student.importing;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;
import org.openintl.platform.imports.ImportFormat;
import org.openintl.platform.imports.ImportJob;
import org.openintl.platform.imports.ImportJobRepository;
import org.openintl.platform.imports.ImportJobs;
import org.openintl.student.student.StudentImport;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** The students' imports on the shared import job (docs/imports.md); resumes abandoned jobs on a schedule. */
@Service
class ImportService {

    private final ImportJobs<StudentImport> jobs;

    ImportService(
            StudentImportRegister register,
            StudentImportJobRepository repository,
            JsonMapper json,
            Clock clock,
            ImportProperties properties,
            MeterRegistry meters) {
        this.jobs = new ImportJobs<>(register, repository, json, clock, properties.settings(), meters);
    }

    ImportJob start(InputStream body, ImportFormat format, String idempotencyKey) {
        return jobs.start(body, format, idempotencyKey);
    }

    ImportJob dryRun(InputStream body, ImportFormat format) {
        return jobs.dryRun(body, format);
    }

    ImportJob get(UUID id) {
        return jobs.get(id);
    }

    ImportJob cancel(UUID id) {
        return jobs.cancel(id);
    }

    void run(ImportJobRepository.Work work) {
        jobs.run(work);
    }

    @Scheduled(
            initialDelayString = "${intl.students.imports.resume-delay:PT10S}",
            fixedDelayString = "${intl.students.imports.resume-interval:PT30S}")
    void resumeAbandoned() {
        jobs.resumeAbandoned();
    }

    @PreDestroy
    void stop() {
        jobs.stop();
    }
}
