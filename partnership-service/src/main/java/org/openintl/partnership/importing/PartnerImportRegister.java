package org.openintl.partnership.importing;

import static org.openintl.partnership.importing.PartnerColumns.*;

import java.util.List;
import org.openintl.partnership.partner.PartnerRequest;
import org.openintl.partnership.partner.PartnerService;
import org.openintl.platform.imports.ImportColumn;
import org.openintl.platform.imports.ImportOutcome;
import org.openintl.platform.imports.ImportRegister;
import org.openintl.platform.imports.RowCells;
import org.openintl.platform.imports.StoredRow;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The partners' register in the shared import job: a row becomes the API's {@link PartnerRequest}; its natural key is
 * a name (any language) and the country, under which a partner that is there already is matched instead of created.
 */
@Component
class PartnerImportRegister implements ImportRegister<PartnerRequest> {

    private final PartnerService partners;
    private final RowRequests requests;

    PartnerImportRegister(PartnerService partners, RowRequests requests) {
        this.partners = partners;
        this.requests = requests;
    }

    @Override
    public String name() {
        return "partners";
    }

    @Override
    public List<ImportColumn> columns() {
        return PartnerColumns.ALL;
    }

    @Override
    public PartnerRequest parse(RowCells row) {
        ObjectNode body = requests.object();
        ObjectNode name = body.putObject("name");
        putText(name, "zh", row.text(NAME_ZH));
        putText(name, "en", row.text(NAME_EN));
        putText(name, "ko", row.text(NAME_KO));
        putText(body, "originalName", row.text(ORIGINAL_NAME));
        putText(body, "country", row.country(COUNTRY));
        putText(body, "city", row.text(CITY));
        var type = row.choice(TYPE, org.openintl.partnership.partner.PartnerType.class);
        putText(body, "type", type == null ? null : type.name());
        putText(body, "website", row.text(WEBSITE));
        if (row.text(CONTACT_NAME) != null || row.text(CONTACT_EMAIL) != null || row.text(CONTACT_PHONE) != null) {
            ObjectNode contact = body.putArray("contacts").addObject();
            putText(contact, "name", row.text(CONTACT_NAME));
            putText(contact, "role", row.text(CONTACT_ROLE));
            putText(contact, "email", row.text(CONTACT_EMAIL));
            putText(contact, "phone", row.text(CONTACT_PHONE));
        }
        Boolean archived = row.bool(ARCHIVED);
        if (Boolean.TRUE.equals(archived)) {
            body.put("archived", true);
        }
        row.requireNoProblems();
        return requests.read(body, PartnerRequest.class);
    }

    @Override
    public ImportOutcome check(PartnerRequest request) {
        return partners.checkImport(request) ? ImportOutcome.MATCHED : ImportOutcome.CREATED;
    }

    @Override
    public ImportOutcome store(PartnerRequest request, String rowKey) {
        return storeAll(List.of(request), List.of(rowKey)).get(0).outcomeOrThrow();
    }

    /** In bulk: the rows matched one by one, the new partners stored together (one command). */
    @Override
    public List<StoredRow> storeAll(List<PartnerRequest> requests, List<String> rowKeys) {
        return partners.importPartners(requests).stream()
                .map(p -> StoredRow.of(p.created(), p.refusal()))
                .toList();
    }

    static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
