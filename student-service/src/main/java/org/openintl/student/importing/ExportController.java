package org.openintl.student.importing;

import static org.openintl.student.importing.StudentColumns.*;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openintl.platform.imports.ImportColumn;
import org.openintl.platform.imports.ImportFormat;
import org.openintl.platform.imports.TableWriter;
import org.openintl.platform.web.PageRequest;
import org.openintl.student.audit.AuditLog;
import org.openintl.student.document.DocumentType;
import org.openintl.student.student.StatusDates;
import org.openintl.student.student.StudentAccess;
import org.openintl.student.student.StudentFilter;
import org.openintl.student.student.StudentService;
import org.openintl.student.student.StudentStatus;
import org.openintl.student.student.StudentView;
import org.openintl.student.student.Transition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/students/export?format=csv|xlsx}: the filtered list, written row by row while reading the database,
 * so an export of every student needs no more memory than one batch (a workbook keeps a window of rows in memory and
 * the rest in a compressed temporary file). The import's columns come first (in the import's order, so an export
 * imports again), then read-only ones. Each student is written as {@link StudentService#view} shows them to the
 * caller: personal columns stay empty for whoever may not read them.
 */
@RestController
@RequestMapping("/api/students/export")
class ExportController {

    static final List<String> READ_ONLY = List.of("id", "continent", "beltAndRoad", "programAtRisk");

    private static final Logger log = LoggerFactory.getLogger(ExportController.class);

    private final StudentService service;
    private final StudentAccess access;
    private final AuditLog audit;
    private final Counter failures;

    ExportController(StudentService service, StudentAccess access, AuditLog audit, MeterRegistry meters) {
        this.service = service;
        this.access = access;
        this.audit = audit;
        this.failures = Counter.builder("intl.students.export.failures")
                .description("Exports that failed after the answer had started (the connection was aborted)")
                .register(meters);
    }

    /**
     * ADMIN and STUDENT_COUNSELOR only (403 for the others), recorded in the audit log before the first row.
     *
     * <p>Everything that can be refused is refused before the first byte: the format and the filter are checked by
     * then (400), and a first read proves the database takes the query. A failure after the answer started cannot
     * become an error status any more; it is logged, counted ({@code intl.students.export.failures}) and rethrown, and
     * the server then aborts the connection, so the download fails visibly instead of ending as a shorter, plausible
     * file.
     */
    @GetMapping
    void export(
            StudentFilter requested,
            @RequestParam(name = "format", required = false) String formatName,
            HttpServletResponse response)
            throws IOException {
        ImportFormat format = ImportFormat.ofParameter(formatName);
        StudentFilter filter = access.exportFilter(requested);
        service.page(filter, PageRequest.of(0, 1));
        String auditEntry = audit.exportStarted();
        long[] rows = {0};
        response.setContentType(format == ImportFormat.CSV ? "text/csv;charset=UTF-8" : format.mediaType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"students." + format.extension() + "\"");
        List<String> header = new ArrayList<>(
                StudentColumns.ALL.stream().map(ImportColumn::name).toList());
        header.addAll(READ_ONLY);
        try {
            TableWriter table = TableWriter.of(format, response.getOutputStream(), header, "students");
            // a CSV download starts at once (the header row); what fails from here on aborts it
            table.flush();
            response.flushBuffer();
            service.forEach(filter, s -> {
                table.row(row(service.view(s)));
                rows[0]++;
            });
            table.close();
        } catch (IOException | RuntimeException e) {
            failures.increment();
            log.error("Export of students failed after it started; the connection is aborted", e);
            throw e;
        } finally {
            // also when the client went away halfway: what was written counts
            audit.exported(auditEntry, rows[0]);
        }
    }

    private static List<Object> row(StudentView v) {
        Map<String, Object> cells = new HashMap<>();
        cells.put(FAMILY_NAME, v.familyName());
        cells.put(GIVEN_NAME, v.givenName());
        cells.put(CHINESE_NAME, v.chineseName());
        cells.put(NATIONALITY, v.nationality());
        cells.put(GENDER, v.gender());
        cells.put(DATE_OF_BIRTH, v.dateOfBirth());
        cells.put(PASSPORT_NUMBER, v.passportNumber());
        cells.put(CATEGORY, v.category());
        cells.put(COLLEGE, v.college());
        cells.put(PROGRAM, v.program());
        cells.put(FUNDING_TYPE, v.funding() == null ? null : v.funding().type());
        cells.put(FUNDING_PROGRAM, v.funding() == null ? null : v.funding().program());
        cells.put(PARTNERSHIP_ID, v.partnershipId());
        cells.put(COUNSELOR, v.counselor());
        cells.put(EXPECTED_GRADUATION, v.expectedGraduation());
        cells.put(CONTACT_EMAIL, v.contact() == null ? null : v.contact().email());
        cells.put(CONTACT_PHONE, v.contact() == null ? null : v.contact().phone());
        cells.put(ACCOMMODATION_SINCE, v.accommodationSince());
        cells.put(STATUS, v.status());
        // the day each status on the way to the current one was first reached: what an import needs to bring the
        // student back as they are (a suspension the student came back from is in the history only)
        List<StudentStatus> path = StatusDates.pathTo(v.status());
        for (Transition t : v.history()) {
            if (path.contains(t.to())) {
                cells.putIfAbsent(StatusDates.field(t.to()), t.date());
            }
        }
        if (v.documents() != null) {
            for (StudentView.DocumentView d : v.documents()) {
                DocumentType type = d.type();
                if (type != DocumentType.PASSPORT) {
                    cells.put(number(type), d.number());
                }
                cells.put(issueDate(type), d.issueDate());
                cells.put(expiryDate(type), d.expiryDate());
                if (type == DocumentType.VISA) {
                    cells.put(VISA_CATEGORY, d.visaCategory());
                    cells.put(VISA_ENTRY_DATE, d.entryDate());
                }
            }
        }
        List<Object> row = new ArrayList<>();
        for (ImportColumn c : StudentColumns.ALL) {
            row.add(cells.get(c.name()));
        }
        row.add(v.id());
        row.add(v.continent());
        row.add(v.beltAndRoad());
        row.add(v.programAtRisk());
        return row;
    }
}
