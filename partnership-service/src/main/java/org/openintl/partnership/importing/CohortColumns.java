package org.openintl.partnership.importing;

import static org.openintl.platform.imports.ImportColumn.number;
import static org.openintl.platform.imports.ImportColumn.text;

import java.util.List;
import org.openintl.platform.imports.ImportColumn;

/** The columns of the program cohorts' files: the program by its MOE approval number, then one intake per row. */
final class CohortColumns {

    static final String APPROVAL_NUMBER = "programApprovalNumber";
    static final String INTAKE_YEAR = "intakeYear";
    static final String ADMITTED = "admitted";
    static final String ENROLLED = "enrolled";
    static final String GRADUATED = "graduated";

    static final List<ImportColumn> ALL = List.of(
            text(APPROVAL_NUMBER, true, "MOE approval number of the program", "教育部批准书编号"),
            number(INTAKE_YEAR, true, "Intake year", "招生年份（入学年份）"),
            number(ADMITTED, true, "Students admitted that year, all nationalities", "当年录取人数（全部学生）"),
            number(ENROLLED, true, "Of them, enrolled", "其中报到注册人数"),
            number(GRADUATED, true, "Of them, graduated so far", "其中已毕业人数"));

    /** Read-only columns an export adds after the import's. */
    static final List<String> READ_ONLY = List.of("partnershipId");

    private CohortColumns() {}
}
