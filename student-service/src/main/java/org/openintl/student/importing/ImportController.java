package org.openintl.student.importing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.openintl.platform.imports.ImportFormat;
import org.openintl.platform.imports.ImportJob;
import org.openintl.platform.imports.ImportTemplate;
import org.openintl.student.student.StudentAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/students/imports} (a CSV file, UTF-8, or an Excel workbook, {@code .xlsx}) answers 202 with the job
 * to follow, or with {@code ?dryRun=true} 200 with what an import would do, storing nothing; {@code POST
 * /api/students/imports/{id}/cancel} stops a job; {@code GET /api/students/imports/template.xlsx} is the workbook to
 * fill in (docs/imports.md).
 */
@RestController
@RequestMapping("/api/students/imports")
class ImportController {

    private final ImportService imports;
    private final StudentAccess access;

    ImportController(ImportService imports, StudentAccess access) {
        this.imports = imports;
        this.access = access;
    }

    @PostMapping(consumes = {ImportFormat.CSV_TYPE, ImportFormat.XLSX_TYPE})
    ResponseEntity<ImportJob> start(
            InputStream body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        access.requireMayImport();
        ImportFormat format = ImportFormat.ofUpload(contentType);
        if (dryRun) {
            return ResponseEntity.ok(visible(imports.dryRun(body, format)));
        }
        ImportJob job = imports.start(body, format, idempotencyKey);
        return ResponseEntity.accepted()
                .location(URI.create("/api/students/imports/" + job.id()))
                .body(job);
    }

    /** The workbook to fill in: the columns, their explanations in English and Chinese, and drop-down lists. */
    @GetMapping("/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType(ImportFormat.XLSX_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"students-template.xlsx\"");
        ImportTemplate.write(response.getOutputStream(), StudentColumns.ALL);
    }

    @GetMapping("/{id}")
    ImportJob get(@PathVariable UUID id) {
        return visible(imports.get(id));
    }

    /** The row errors quote what was uploaded (a nationality, a category, ...): counts only for the other roles. */
    private ImportJob visible(ImportJob job) {
        return access.mayReadAnyPersonalData() ? job : job.withoutRowErrors();
    }

    /** Stops a running import (200 with the CANCELLED job); 409 when it already ended, 404 when unknown. */
    @PostMapping("/{id}/cancel")
    ImportJob cancel(@PathVariable UUID id) {
        return imports.cancel(id);
    }
}
