package org.openintl.student.importing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openintl.platform.web.PageRequest;
import org.openintl.student.audit.AuditLog;
import org.openintl.student.student.PersonalData;
import org.openintl.student.student.Student;
import org.openintl.student.student.StudentAccess;
import org.openintl.student.student.StudentFilter;
import org.openintl.student.student.StudentProfile;
import org.openintl.student.student.StudentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/students/export}: the filtered list as CSV, written row by row while reading the database, so an
 * export of every student needs no more memory than one batch. The import's columns come first (in the import's
 * order), then read-only ones; a byte-order mark lets spreadsheet programs recognise UTF-8 (Chinese and Korean names).
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
     * <p>Everything that can be refused is refused before the first byte: the filter is bound and checked by then
     * (400), and a first read proves the database takes the query. A failure after the answer started cannot become an
     * error status any more; it is logged, counted ({@code intl.students.export.failures}) and rethrown, and the
     * server then aborts the connection, so the download fails visibly instead of ending as a shorter, plausible
     * file.
     */
    @GetMapping
    void export(StudentFilter requested, HttpServletResponse response) throws IOException {
        StudentFilter filter = access.exportFilter(requested);
        service.page(filter, PageRequest.of(0, 1));
        String auditEntry = audit.exportStarted();
        long[] rows = {0};
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"students.csv\"");
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        List<String> header = new ArrayList<>(
                Arrays.stream(Column.values()).map(Column::header).toList());
        header.addAll(READ_ONLY);
        try {
            CSVPrinter csv = new CSVPrinter(
                    writer,
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader(header.toArray(String[]::new))
                            .get());
            // the download starts at once (the header row); what fails from here on aborts it
            csv.flush();
            response.flushBuffer();
            service.forEach(filter, s -> {
                try {
                    csv.printRecord(row(s, service.open(s)));
                    rows[0]++;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            csv.close();
        } catch (IOException | RuntimeException e) {
            failures.increment();
            log.error("Export of students failed after it started; the connection is aborted", e);
            throw e;
        } finally {
            // also when the client went away halfway: what was written counts
            audit.exported(auditEntry, rows[0]);
        }
    }

    private static List<Object> row(Student s, PersonalData personal) {
        StudentProfile p = s.profile();
        List<Object> row = new ArrayList<>();
        for (Column c : Column.values()) {
            row.add(SpreadsheetCells.neutralise(cell(c, s, p, personal)));
        }
        row.add(s.id());
        row.add(s.continent());
        row.add(s.beltAndRoad());
        row.add(s.programAtRisk());
        return row;
    }

    private static Object cell(Column c, Student s, StudentProfile p, PersonalData personal) {
        switch (c) {
            case FAMILY_NAME:
                return p.familyName();
            case GIVEN_NAME:
                return p.givenName();
            case CHINESE_NAME:
                return p.chineseName();
            case NATIONALITY:
                return s.nationality();
            case GENDER:
                return p.gender();
            case DATE_OF_BIRTH:
                return personal == null ? null : personal.dateOfBirth();
            case PASSPORT_NUMBER:
                return personal == null ? null : personal.passportNumber();
            case CATEGORY:
                return p.category();
            case COLLEGE:
                return p.college();
            case PROGRAM:
                return p.program();
            case FUNDING_TYPE:
                return p.funding().type();
            case FUNDING_PROGRAM:
                return p.funding().program();
            case PARTNERSHIP_ID:
                return p.partnershipId();
            case COUNSELOR:
                return p.counselor();
            case EXPECTED_GRADUATION:
                return p.expectedGraduation();
            case CONTACT_EMAIL:
                return personal == null || personal.contact() == null
                        ? null
                        : personal.contact().email();
            case CONTACT_PHONE:
                return personal == null || personal.contact() == null
                        ? null
                        : personal.contact().phone();
            case ACCOMMODATION_SINCE:
                return p.accommodationSince();
            case STATUS:
                return s.status();
            default:
                throw new IllegalStateException("no export for column " + c);
        }
    }
}
