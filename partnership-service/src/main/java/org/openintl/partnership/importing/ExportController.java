package org.openintl.partnership.importing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.openintl.partnership.partner.Contact;
import org.openintl.partnership.partner.Partner;
import org.openintl.partnership.partner.PartnerFilter;
import org.openintl.partnership.partner.PartnerService;
import org.openintl.partnership.partner.PartnerType;
import org.openintl.partnership.partnership.Evaluation;
import org.openintl.partnership.partnership.MoeRecord;
import org.openintl.partnership.partnership.PartnershipDetails;
import org.openintl.partnership.partnership.PartnershipFilter;
import org.openintl.partnership.partnership.PartnershipService;
import org.openintl.partnership.partnership.PartnershipStatus;
import org.openintl.partnership.partnership.PartnershipType;
import org.openintl.partnership.partnership.PartnershipView;
import org.openintl.partnership.partnership.Transition;
import org.openintl.platform.country.Continent;
import org.openintl.platform.imports.ImportColumn;
import org.openintl.platform.imports.ImportFormat;
import org.openintl.platform.imports.TableWriter;
import org.openintl.platform.web.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/partners/export} and {@code GET /api/partnerships/export} ({@code ?format=csv|xlsx}, and the list's
 * filters): the import's columns first, in the import's order, so that an export imports again (matched, not
 * created twice), then read-only ones. Written row by row; the format and filters are checked before the first byte,
 * and a failure after it aborts the download instead of ending it as a shorter, plausible file.
 */
@RestController
class ExportController {

    private static final Logger log = LoggerFactory.getLogger(ExportController.class);

    private final PartnerService partners;
    private final PartnershipService partnerships;
    private final Counter failures;

    ExportController(PartnerService partners, PartnershipService partnerships, MeterRegistry meters) {
        this.partners = partners;
        this.partnerships = partnerships;
        this.failures = Counter.builder("intl.partnerships.export.failures")
                .description("Exports of partners or partnerships that failed after the answer had started")
                .register(meters);
    }

    @GetMapping("/api/partners/export")
    void exportPartners(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) Continent continent,
            @RequestParam(required = false) Boolean beltAndRoad,
            @RequestParam(required = false) PartnerType type,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "true") boolean includeArchived,
            @RequestParam(name = "format", required = false) String formatName,
            HttpServletResponse response)
            throws IOException {
        ImportFormat format = ImportFormat.ofParameter(formatName);
        var found = partners.all(new PartnerFilter(country, continent, beltAndRoad, type, q, includeArchived));
        write(
                response,
                format,
                "partners",
                PartnerColumns.ALL,
                PartnerColumns.READ_ONLY,
                out -> found.stream().map(v -> partnerRow(v.state())).forEach(out));
    }

    @GetMapping("/api/partnerships/export")
    void exportPartnerships(
            @RequestParam(required = false) PartnershipStatus status,
            @RequestParam(required = false) PartnershipType type,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) UUID partnerId,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer expiringWithinDays,
            @RequestParam(required = false) String q,
            @RequestParam(name = "format", required = false) String formatName,
            HttpServletResponse response)
            throws IOException {
        ImportFormat format = ImportFormat.ofParameter(formatName);
        var filter = new PartnershipFilter(status, type, country, partnerId, unit, expiringWithinDays, q);
        // the first page proves the filter and the database before the answer starts
        var first = partnerships.list(filter, PageRequest.of(0, PageRequest.MAX_SIZE));
        write(response, format, "partnerships", PartnershipColumns.ALL, PartnershipColumns.READ_ONLY, out -> {
            var page = first;
            for (int p = 1; ; p++) {
                page.items().forEach(v -> out.accept(partnershipRow(v)));
                if (page.items().size() < PageRequest.MAX_SIZE) {
                    return;
                }
                page = partnerships.list(filter, PageRequest.of(p, PageRequest.MAX_SIZE));
            }
        });
    }

    /** Every recorded intake of every program, one row each (hundreds of programs at most). */
    @GetMapping("/api/partnerships/cohorts/export")
    void exportCohorts(@RequestParam(name = "format", required = false) String formatName, HttpServletResponse response)
            throws IOException {
        ImportFormat format = ImportFormat.ofParameter(formatName);
        var programs = partnerships.all().stream()
                .filter(p -> p.details().program() != null && !p.cohorts().isEmpty())
                .toList();
        write(
                response,
                format,
                "cohorts",
                CohortColumns.ALL,
                CohortColumns.READ_ONLY,
                out -> programs.forEach(p -> p.cohorts()
                        .forEach(c -> out.accept(new ArrayList<>(List.of(
                                p.details().program().approvalNumber(),
                                c.intakeYear(),
                                c.admitted(),
                                c.enrolled(),
                                c.graduated(),
                                p.id()))))));
    }

    private void write(
            HttpServletResponse response,
            ImportFormat format,
            String register,
            List<ImportColumn> columns,
            List<String> readOnly,
            Consumer<Consumer<List<Object>>> rows)
            throws IOException {
        response.setContentType(format == ImportFormat.CSV ? "text/csv;charset=UTF-8" : format.mediaType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + register + "." + format.extension() + "\"");
        List<String> header =
                new ArrayList<>(columns.stream().map(ImportColumn::name).toList());
        header.addAll(readOnly);
        try {
            TableWriter table = TableWriter.of(format, response.getOutputStream(), header, register);
            rows.accept(table::row);
            table.close();
        } catch (IOException | RuntimeException e) {
            failures.increment();
            log.error("Export of {} failed after it started; the connection is aborted", register, e);
            throw e;
        }
    }

    private static List<Object> partnerRow(Partner p) {
        Map<String, Object> cells = new HashMap<>();
        cells.put(PartnerColumns.NAME_ZH, p.name().zh());
        cells.put(PartnerColumns.NAME_EN, p.name().en());
        cells.put(PartnerColumns.NAME_KO, p.name().ko());
        cells.put(PartnerColumns.ORIGINAL_NAME, p.originalName());
        cells.put(PartnerColumns.COUNTRY, p.country());
        cells.put(PartnerColumns.CITY, p.city());
        cells.put(PartnerColumns.TYPE, p.type());
        cells.put(PartnerColumns.WEBSITE, p.website());
        if (!p.contacts().isEmpty()) {
            Contact c = p.contacts().get(0);
            cells.put(PartnerColumns.CONTACT_NAME, c.name());
            cells.put(PartnerColumns.CONTACT_ROLE, c.role());
            cells.put(PartnerColumns.CONTACT_EMAIL, c.email());
            cells.put(PartnerColumns.CONTACT_PHONE, c.phone());
        }
        cells.put(PartnerColumns.ARCHIVED, p.archived());
        List<Object> row = ordered(PartnerColumns.ALL, cells);
        row.add(p.id());
        row.add(p.continent());
        row.add(p.beltAndRoad());
        return row;
    }

    private static List<Object> partnershipRow(PartnershipView v) {
        PartnershipDetails d = v.details();
        Map<String, Object> cells = new HashMap<>();
        cells.put(PartnershipColumns.TITLE_ZH, d.title().zh());
        cells.put(PartnershipColumns.TITLE_EN, d.title().en());
        cells.put(PartnershipColumns.TITLE_KO, d.title().ko());
        cells.put(PartnershipColumns.TYPE, d.type());
        cells.put(
                PartnershipColumns.PARTNER_IDS,
                d.partnerIds().stream().map(UUID::toString).collect(Collectors.joining("; ")));
        cells.put(
                PartnershipColumns.PARTNER_NAMES,
                v.partners().stream()
                        .map(p -> firstName(p.name()) + " (" + p.country() + ")")
                        .collect(Collectors.joining("; ")));
        cells.put(PartnershipColumns.RESPONSIBLE_UNIT, d.responsibleUnit());
        cells.put(PartnershipColumns.COORDINATOR, d.coordinator());
        cells.put(PartnershipColumns.START_DATE, d.startDate());
        cells.put(PartnershipColumns.END_DATE, d.endDate());
        cells.put(PartnershipColumns.AUTO_RENEWAL, d.autoRenewal());
        cells.put(PartnershipColumns.NOTICE_DAYS, d.noticeDays());
        cells.put(PartnershipColumns.NOTES, d.notes());
        cells.put(PartnershipColumns.STATUS, v.status());
        dates(v, cells);
        MoeRecord m = d.program();
        if (m != null) {
            cells.put(PartnershipColumns.APPROVAL_NUMBER, m.approvalNumber());
            cells.put(PartnershipColumns.LEVEL, m.level());
            cells.put(PartnershipColumns.MAJORS, String.join("; ", m.majors()));
            cells.put(PartnershipColumns.ANNUAL_QUOTA, m.annualQuota());
            cells.put(PartnershipColumns.ENROLMENT_START_YEAR, m.enrolmentStartYear());
            cells.put(PartnershipColumns.ENROLMENT_END_YEAR, m.enrolmentEndYear());
            cells.put(PartnershipColumns.APPROVAL_EXPIRY, m.approvalExpiry());
            cells.put(
                    PartnershipColumns.EVALUATIONS,
                    m.evaluations().stream().map(ExportController::evaluation).collect(Collectors.joining("; ")));
        }
        if (d.schoolAbroad() != null) {
            cells.put(PartnershipColumns.HOST_COUNTRY, d.schoolAbroad().hostCountry());
            cells.put(PartnershipColumns.CORRIDOR, d.schoolAbroad().corridor());
        }
        List<Object> row = ordered(PartnershipColumns.ALL, cells);
        row.add(v.id());
        row.add(v.enrolment().enrolledStudents());
        row.add(v.enrolment().source());
        return row;
    }

    /**
     * The day each state on the way to the current one was last entered: what an import needs to bring the agreement
     * back as it is. A suspension it came back from, and renewals, stay in the history only.
     */
    private static void dates(PartnershipView v, Map<String, Object> cells) {
        List<Transition> history = v.history();
        for (Transition t : history) {
            String field = switch (t.to()) {
                case NEGOTIATING -> PartnershipColumns.NEGOTIATING_ON;
                case SIGNED -> PartnershipColumns.SIGNED_ON;
                case ACTIVE -> PartnershipColumns.IN_FORCE_FROM;
                case SUSPENDED -> PartnershipColumns.SUSPENDED_ON;
                case EXPIRED -> PartnershipColumns.EXPIRED_ON;
                case TERMINATED -> PartnershipColumns.TERMINATED_ON;
                default -> null;
            };
            if (field != null) {
                cells.putIfAbsent(field, t.date());
            }
        }
        if (v.status() != PartnershipStatus.SUSPENDED
                && !(v.status() == PartnershipStatus.EXPIRED || v.status() == PartnershipStatus.TERMINATED)) {
            cells.remove(PartnershipColumns.SUSPENDED_ON);
        }
        if (v.status() == PartnershipStatus.ACTIVE || v.status() == PartnershipStatus.SIGNED) {
            cells.remove(PartnershipColumns.EXPIRED_ON);
        }
    }

    private static String evaluation(Evaluation e) {
        return e.year() + " " + e.result() + (e.nextDueDate() == null ? "" : " " + e.nextDueDate());
    }

    private static String firstName(org.openintl.platform.domain.MultilingualText name) {
        return name.en() != null ? name.en() : name.zh() != null ? name.zh() : name.ko();
    }

    private static List<Object> ordered(List<ImportColumn> columns, Map<String, Object> cells) {
        List<Object> row = new ArrayList<>();
        for (ImportColumn c : columns) {
            row.add(cells.get(c.name()));
        }
        return row;
    }
}
