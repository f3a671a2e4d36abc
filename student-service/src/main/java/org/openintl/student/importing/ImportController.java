package org.openintl.student.importing;

import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.openintl.access.ProblemType;
import org.openintl.student.student.StudentAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/students/imports} (a CSV body, UTF-8) answers 202 with the job to follow; {@code POST
 * /api/students/imports/{id}/cancel} stops it.
 */
@RestController
@RequestMapping("/api/students/imports")
class ImportController {

    static final String TEXT_CSV = "text/csv";

    private final ImportService imports;
    private final StudentAccess access;

    ImportController(ImportService imports, StudentAccess access) {
        this.imports = imports;
        this.access = access;
    }

    @PostMapping(consumes = TEXT_CSV)
    ResponseEntity<ImportJob> start(
            InputStream body, @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        access.requireMayImport();
        ImportJob job = imports.start(body, idempotencyKey);
        return ResponseEntity.accepted()
                .location(URI.create("/api/students/imports/" + job.id()))
                .body(job);
    }

    @GetMapping("/{id}")
    ImportJob get(@PathVariable UUID id) {
        ImportJob job = imports.get(id);
        // the row errors quote what was uploaded (a nationality, a category, ...): counts only for the other roles
        return access.mayReadAnyPersonalData() ? job : withoutRowErrors(job);
    }

    private static ImportJob withoutRowErrors(ImportJob j) {
        return new ImportJob(
                j.id(),
                j.status(),
                j.total(),
                j.processed(),
                j.imported(),
                j.failed(),
                null,
                j.createdAt(),
                j.finishedAt(),
                j.message());
    }

    /** Stops a running import (200 with the CANCELLED job); 409 when it already ended, 404 when unknown. */
    @PostMapping("/{id}/cancel")
    ImportJob cancel(@PathVariable UUID id) {
        return imports.cancel(id);
    }

    /** 409 with {@code Retry-After}: the first upload with this key is not fully received yet. */
    @ExceptionHandler(StillReceivingException.class)
    ResponseEntity<ProblemDetail> stillReceiving(StillReceivingException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(StillReceivingException.RETRY_AFTER.toSeconds()));
        return problem(ProblemType.CONFLICT, e.getMessage(), headers);
    }

    /** 400: the body stopped before its end; usually nobody is left to read this answer (logged at WARN). */
    @ExceptionHandler(UploadInterruptedException.class)
    ResponseEntity<ProblemDetail> interrupted(UploadInterruptedException e) {
        return problem(ProblemType.MALFORMED, e.getMessage(), new HttpHeaders());
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemType type, String detail, HttpHeaders headers) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(type.status()), detail);
        p.setType(type.uri());
        p.setTitle(type.title());
        return ResponseEntity.status(type.status())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
