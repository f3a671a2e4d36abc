package org.openintl.partnership.importing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.openintl.platform.imports.ImportColumn;
import org.openintl.platform.imports.ImportFormat;
import org.openintl.platform.imports.ImportJob;
import org.openintl.platform.imports.ImportJobs;
import org.openintl.platform.imports.ImportTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The imports of both registers, in the URL scheme of every register's import: {@code POST /api/partners/imports} and
 * {@code POST /api/partnerships/imports} (a CSV file, UTF-8, or an Excel workbook, by {@code Content-Type}) answer 202
 * with the job to follow at {@code .../imports/{id}}, or with {@code ?dryRun=true} 200 with what an import would do,
 * storing nothing; {@code .../imports/{id}/cancel} stops a job; {@code .../imports/template.xlsx} is the workbook to
 * fill in. Program cohorts likewise under {@code /api/partnerships/cohorts/imports}. Writing needs PARTNERSHIP_OFFICER or ADMIN like every write under these paths.
 */
@RestController
class ImportController {

    private final ImportServices imports;

    ImportController(ImportServices imports) {
        this.imports = imports;
    }

    @PostMapping(
            path = "/api/partners/imports",
            consumes = {ImportFormat.CSV_TYPE, ImportFormat.XLSX_TYPE})
    ResponseEntity<ImportJob> importPartners(
            InputStream body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return start(imports.partners(), "/api/partners/imports/", body, contentType, dryRun, idempotencyKey);
    }

    @PostMapping(
            path = "/api/partnerships/imports",
            consumes = {ImportFormat.CSV_TYPE, ImportFormat.XLSX_TYPE})
    ResponseEntity<ImportJob> importPartnerships(
            InputStream body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return start(imports.partnerships(), "/api/partnerships/imports/", body, contentType, dryRun, idempotencyKey);
    }

    @PostMapping(
            path = "/api/partnerships/cohorts/imports",
            consumes = {ImportFormat.CSV_TYPE, ImportFormat.XLSX_TYPE})
    ResponseEntity<ImportJob> importCohorts(
            InputStream body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return start(
                imports.cohorts(), "/api/partnerships/cohorts/imports/", body, contentType, dryRun, idempotencyKey);
    }

    @GetMapping("/api/partnerships/cohorts/imports/template.xlsx")
    void cohortsTemplate(HttpServletResponse response) throws IOException {
        template(response, "cohorts", CohortColumns.ALL);
    }

    @GetMapping("/api/partnerships/cohorts/imports/{id}")
    ImportJob cohortsJob(@PathVariable UUID id) {
        return imports.cohorts().get(id);
    }

    @PostMapping("/api/partnerships/cohorts/imports/{id}/cancel")
    ImportJob cancelCohorts(@PathVariable UUID id) {
        return imports.cohorts().cancel(id);
    }

    @GetMapping("/api/partners/imports/template.xlsx")
    void partnersTemplate(HttpServletResponse response) throws IOException {
        template(response, "partners", PartnerColumns.ALL);
    }

    @GetMapping("/api/partnerships/imports/template.xlsx")
    void partnershipsTemplate(HttpServletResponse response) throws IOException {
        template(response, "partnerships", PartnershipColumns.ALL);
    }

    @GetMapping("/api/partners/imports/{id}")
    ImportJob partnersJob(@PathVariable UUID id) {
        return imports.partners().get(id);
    }

    @GetMapping("/api/partnerships/imports/{id}")
    ImportJob partnershipsJob(@PathVariable UUID id) {
        return imports.partnerships().get(id);
    }

    /** Stops a running import (200 with the CANCELLED job); 409 when it already ended, 404 when unknown. */
    @PostMapping("/api/partners/imports/{id}/cancel")
    ImportJob cancelPartners(@PathVariable UUID id) {
        return imports.partners().cancel(id);
    }

    @PostMapping("/api/partnerships/imports/{id}/cancel")
    ImportJob cancelPartnerships(@PathVariable UUID id) {
        return imports.partnerships().cancel(id);
    }

    private static ResponseEntity<ImportJob> start(
            ImportJobs<?> jobs,
            String location,
            InputStream body,
            String contentType,
            boolean dryRun,
            String idempotencyKey) {
        ImportFormat format = ImportFormat.ofUpload(contentType);
        if (dryRun) {
            return ResponseEntity.ok(jobs.dryRun(body, format));
        }
        ImportJob job = jobs.start(body, format, idempotencyKey);
        return ResponseEntity.accepted()
                .location(URI.create(location + job.id()))
                .body(job);
    }

    private static void template(HttpServletResponse response, String register, List<ImportColumn> columns)
            throws IOException {
        response.setContentType(ImportFormat.XLSX_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + register + "-template.xlsx\"");
        ImportTemplate.write(response.getOutputStream(), columns);
    }
}
