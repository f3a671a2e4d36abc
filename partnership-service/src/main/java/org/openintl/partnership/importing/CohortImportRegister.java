package org.openintl.partnership.importing;

import static org.openintl.partnership.importing.CohortColumns.*;

import java.util.List;
import org.openintl.partnership.partnership.Cohort;
import org.openintl.partnership.partnership.PartnershipService;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.imports.ImportColumn;
import org.openintl.platform.imports.ImportOutcome;
import org.openintl.platform.imports.ImportRegister;
import org.openintl.platform.imports.RowCells;
import org.openintl.platform.imports.RowRefusedException;
import org.springframework.stereotype.Component;

/**
 * The program cohorts' register: one intake per row, its program named by the MOE approval number. The natural key is
 * the program and the intake year: the same counts again are matched; other counts for a recorded year replace them
 * (counted as created; the former counts stay in the partnership's change log).
 */
@Component
class CohortImportRegister implements ImportRegister<CohortImportRegister.Row> {

    /** One row: the program and the intake. */
    record Row(String approvalNumber, Cohort cohort) {}

    private final PartnershipService partnerships;

    CohortImportRegister(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    @Override
    public String name() {
        return "cohorts";
    }

    @Override
    public List<ImportColumn> columns() {
        return CohortColumns.ALL;
    }

    @Override
    public Row parse(RowCells row) {
        String approval = row.text(APPROVAL_NUMBER);
        Integer year = row.integer(INTAKE_YEAR);
        Integer admitted = row.integer(ADMITTED);
        Integer enrolled = row.integer(ENROLLED);
        Integer graduated = row.integer(GRADUATED);
        for (String column : List.of(APPROVAL_NUMBER, INTAKE_YEAR, ADMITTED, ENROLLED, GRADUATED)) {
            if (row.text(column) == null) {
                row.problem(column, null, "is required");
            }
        }
        row.requireNoProblems();
        try {
            return new Row(approval, new Cohort(year, admitted, enrolled, graduated));
        } catch (InvalidInputException e) {
            throw new RowRefusedException(e.field() + ": " + e.getMessage());
        }
    }

    @Override
    public ImportOutcome check(Row row) {
        return partnerships.importCohort(row.approvalNumber(), row.cohort(), true)
                ? ImportOutcome.CREATED
                : ImportOutcome.MATCHED;
    }

    @Override
    public ImportOutcome store(Row row, String rowKey) {
        return partnerships.importCohort(row.approvalNumber(), row.cohort(), false)
                ? ImportOutcome.CREATED
                : ImportOutcome.MATCHED;
    }
}
