package org.openintl.partnership.importing;

import static org.openintl.partnership.importing.PartnerImportRegister.putText;
import static org.openintl.partnership.importing.PartnershipColumns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openintl.partnership.partner.Partner;
import org.openintl.partnership.partner.PartnerService;
import org.openintl.partnership.partnership.Corridor;
import org.openintl.partnership.partnership.EvaluationResult;
import org.openintl.partnership.partnership.PartnershipRequest;
import org.openintl.partnership.partnership.PartnershipService;
import org.openintl.partnership.partnership.PartnershipStatus;
import org.openintl.partnership.partnership.PartnershipType;
import org.openintl.partnership.partnership.ProgramLevel;
import org.openintl.platform.imports.ImportColumn;
import org.openintl.platform.imports.ImportOutcome;
import org.openintl.platform.imports.ImportRegister;
import org.openintl.platform.imports.RowCells;
import org.openintl.platform.imports.StoredRow;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The partnerships' register in the shared import job: a row becomes the API's {@link PartnershipRequest} with its
 * status and the dates of past moves (registered as it is); its natural key is the MOE approval number, or else the
 * title, the partners and the start date.
 */
@Component
class PartnershipImportRegister implements ImportRegister<PartnershipRequest> {

    private static final Pattern NAMED_PARTNER = Pattern.compile("(.+?)\\s*[(（]\\s*([A-Za-z]{2})\\s*[)）]");
    private static final Pattern EVALUATION =
            Pattern.compile("(\\d{4})\\s*[,:/ ]\\s*([A-Za-z_ -]+?)(?:\\s*[,:/ ]\\s*(\\d{4}-\\d{1,2}-\\d{1,2}))?");

    private final PartnershipService partnerships;
    private final PartnerService partners;
    private final RowRequests requests;

    PartnershipImportRegister(PartnershipService partnerships, PartnerService partners, RowRequests requests) {
        this.partnerships = partnerships;
        this.partners = partners;
        this.requests = requests;
    }

    @Override
    public String name() {
        return "partnerships";
    }

    @Override
    public List<ImportColumn> columns() {
        return PartnershipColumns.ALL;
    }

    @Override
    public PartnershipRequest parse(RowCells row) {
        ObjectNode body = requests.object();
        ObjectNode title = body.putObject("title");
        putText(title, "zh", row.text(TITLE_ZH));
        putText(title, "en", row.text(TITLE_EN));
        putText(title, "ko", row.text(TITLE_KO));
        putEnum(body, "type", row.choice(TYPE, PartnershipType.class));
        ArrayNode ids = body.putArray("partnerIds");
        partnerIds(row).forEach(id -> ids.add(id.toString()));
        putText(body, "responsibleUnit", row.text(RESPONSIBLE_UNIT));
        putText(body, "coordinator", row.text(COORDINATOR));
        putDate(body, "startDate", row.date(START_DATE));
        putDate(body, "endDate", row.date(END_DATE));
        Boolean autoRenewal = row.bool(AUTO_RENEWAL);
        if (autoRenewal != null) {
            body.put("autoRenewal", autoRenewal);
        }
        putNumber(body, "noticeDays", row.integer(NOTICE_DAYS));
        putText(body, "notes", row.text(NOTES));
        putEnum(body, "status", row.choice(STATUS, PartnershipStatus.class));
        for (String field : DATES) {
            putDate(body, field, row.date(field));
        }
        program(row, body);
        if (row.text(HOST_COUNTRY) != null || row.text(CORRIDOR) != null) {
            ObjectNode school = body.putObject("schoolAbroad");
            putText(school, "hostCountry", row.country(HOST_COUNTRY));
            putEnum(school, "corridor", row.choice(CORRIDOR, Corridor.class));
        }
        row.requireNoProblems();
        return requests.read(body, PartnershipRequest.class);
    }

    @Override
    public ImportOutcome check(PartnershipRequest request) {
        return partnerships.checkImport(request) ? ImportOutcome.MATCHED : ImportOutcome.CREATED;
    }

    @Override
    public ImportOutcome store(PartnershipRequest request, String rowKey) {
        return storeAll(List.of(request), List.of(rowKey)).get(0).outcomeOrThrow();
    }

    /** In bulk: the rows matched one by one, the new partnerships stored together (one command). */
    @Override
    public List<StoredRow> storeAll(List<PartnershipRequest> requests, List<String> rowKeys) {
        return partnerships.importPartnerships(requests).stream()
                .map(p -> StoredRow.of(p.created(), p.refusal()))
                .toList();
    }

    /** The MOE record, when any of its columns is filled in. */
    private static void program(RowCells row, ObjectNode body) {
        List<String> columns = List.of(
                APPROVAL_NUMBER,
                LEVEL,
                MAJORS,
                ANNUAL_QUOTA,
                ENROLMENT_START_YEAR,
                ENROLMENT_END_YEAR,
                APPROVAL_EXPIRY,
                EVALUATIONS);
        if (columns.stream().allMatch(c -> row.text(c) == null)) {
            return;
        }
        ObjectNode program = body.putObject("program");
        putText(program, "approvalNumber", row.text(APPROVAL_NUMBER));
        putEnum(program, "level", row.choice(LEVEL, ProgramLevel.class));
        if (row.text(MAJORS) != null) {
            ArrayNode majors = program.putArray("majors");
            list(row.text(MAJORS)).forEach(majors::add);
        }
        putNumber(program, "annualQuota", row.integer(ANNUAL_QUOTA));
        putNumber(program, "enrolmentStartYear", row.integer(ENROLMENT_START_YEAR));
        putNumber(program, "enrolmentEndYear", row.integer(ENROLMENT_END_YEAR));
        putDate(program, "approvalExpiry", row.date(APPROVAL_EXPIRY));
        String evaluations = row.text(EVALUATIONS);
        if (evaluations != null) {
            ArrayNode list = program.putArray("evaluations");
            for (String item : list(evaluations)) {
                Matcher m = EVALUATION.matcher(item);
                EvaluationResult result = null;
                if (m.matches()) {
                    try {
                        result = EvaluationResult.valueOf(m.group(2)
                                .strip()
                                .replace(' ', '_')
                                .replace('-', '_')
                                .toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        result = null;
                    }
                }
                if (result == null) {
                    row.problem(
                            EVALUATIONS,
                            item,
                            "is not 'year RESULT next-due-date' (RESULT one of "
                                    + java.util.Arrays.toString(EvaluationResult.values()) + ")");
                    continue;
                }
                ObjectNode e = list.addObject();
                e.put("year", Integer.parseInt(m.group(1)));
                e.put("result", result.name());
                if (m.group(3) != null) {
                    try {
                        e.put(
                                "nextDueDate",
                                LocalDate.parse(normalDate(m.group(3))).toString());
                    } catch (java.time.DateTimeException ex) {
                        row.problem(EVALUATIONS, item, "has a next due date that is not a date (YYYY-MM-DD)");
                    }
                }
            }
        }
    }

    /** The partners by id, or else by name and country as the partners' file registered them. */
    private List<UUID> partnerIds(RowCells row) {
        List<UUID> ids = new ArrayList<>();
        String byId = row.text(PARTNER_IDS);
        if (byId != null) {
            for (String item : list(byId)) {
                try {
                    ids.add(UUID.fromString(item));
                } catch (IllegalArgumentException e) {
                    row.problem(PARTNER_IDS, item, "is not a partner id (a UUID)");
                }
            }
            return ids;
        }
        String byName = row.text(PARTNER_NAMES);
        if (byName == null) {
            row.problem(PARTNER_IDS, null, "or partnerNames is required");
            return ids;
        }
        for (String item : list(byName)) {
            Matcher m = NAMED_PARTNER.matcher(item);
            if (!m.matches()) {
                row.problem(PARTNER_NAMES, item, "is not 'name (country code)'");
                continue;
            }
            String country = m.group(2).toUpperCase(Locale.ROOT);
            partners.findByName(country, m.group(1))
                    .map(Partner::id)
                    .ifPresentOrElse(
                            ids::add,
                            () -> row.problem(
                                    PARTNER_NAMES,
                                    item,
                                    "names no partner in " + country + ": import the partners first"));
        }
        return ids;
    }

    private static List<String> list(String cell) {
        return java.util.Arrays.stream(cell.split("[;；\\n]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String normalDate(String d) {
        String[] p = d.split("-");
        return String.format("%s-%02d-%02d", p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }

    private static void putEnum(ObjectNode node, String field, Enum<?> value) {
        if (value != null) {
            node.put(field, value.name());
        }
    }

    private static void putDate(ObjectNode node, String field, LocalDate value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }

    private static void putNumber(ObjectNode node, String field, Integer value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
