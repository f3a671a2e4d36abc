package org.openintl.student.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openintl.platform.imports.ImportColumn;
import org.openintl.platform.imports.ImportOutcome;
import org.openintl.platform.imports.ImportRegister;
import org.openintl.platform.imports.RowCells;
import org.openintl.platform.imports.RowRefusedException;
import org.openintl.platform.imports.StagedRows;
import org.openintl.platform.imports.StoredRow;
import org.openintl.platform.privacy.FieldCipher;
import org.openintl.platform.privacy.Sealed;
import org.openintl.platform.web.FieldError;
import org.openintl.student.student.StudentForm;
import org.openintl.student.student.StudentForms;
import org.openintl.student.student.StudentImport;
import org.openintl.student.student.StudentService;
import org.openintl.student.student.StudentService.ImportedStudent;
import org.springframework.stereotype.Component;

/**
 * The students' register in the shared import job: its columns, a row as a {@link StudentForm}, and the natural key
 * nationality + passport number, under which a student that is there already is matched instead of created. The
 * staged rows are sealed (they hold passport numbers and dates of birth).
 */
@Component
class StudentImportRegister implements ImportRegister<StudentImport> {

    private final StudentService students;
    private final StudentForms forms;
    private final StagedRows sealed;

    StudentImportRegister(StudentService students, StudentForms forms, FieldCipher cipher) {
        this.students = students;
        this.forms = forms;
        this.sealed = new StagedRows() {
            @Override
            public Stored seal(String json, String context) {
                Sealed s = cipher.seal(json, context);
                return new Stored(s.keyId(), s.data());
            }

            @Override
            public String open(Stored stored, String context) {
                try {
                    return cipher.open(new Sealed(stored.keyId(), stored.data()), context);
                } catch (FieldCipher.UnreadableSealException e) {
                    throw new UnreadableStagedRowsException(e.getMessage(), e);
                }
            }
        };
    }

    @Override
    public String name() {
        return "students";
    }

    /** As before the import job was shared: a retried upload from before an upgrade still finds its job. */
    @Override
    public String jobIdScope() {
        return "student-imports";
    }

    @Override
    public List<ImportColumn> columns() {
        return StudentColumns.ALL;
    }

    @Override
    public StudentImport parse(RowCells row) {
        return StudentRows.parse(row);
    }

    @Override
    public ImportOutcome check(StudentImport row) {
        requireValid(row.form());
        return students.checkImport(row.form(), row.documents()) ? ImportOutcome.MATCHED : ImportOutcome.CREATED;
    }

    /** The change log names the job's starter; {@code rowKey} is not needed, the natural key makes it idempotent. */
    @Override
    public ImportOutcome store(StudentImport row, String rowKey) {
        return storeAll(List.of(row), List.of(rowKey)).get(0).outcomeOrThrow();
    }

    /** In bulk: the rows' checks one by one, then the valid ones stored together (one command per collection). */
    @Override
    public List<StoredRow> storeAll(List<StudentImport> rows, List<String> rowKeys) {
        StoredRow[] stored = new StoredRow[rows.size()];
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                requireValid(rows.get(i).form());
                valid.add(i);
            } catch (RowRefusedException e) {
                stored[i] = StoredRow.refused(e);
            }
        }
        List<ImportedStudent> imported =
                students.importStudents(valid.stream().map(rows::get).toList());
        for (int v = 0; v < valid.size(); v++) {
            ImportedStudent s = imported.get(v);
            stored[valid.get(v)] = StoredRow.of(s.created(), s.refusal());
        }
        return List.of(stored);
    }

    private void requireValid(StudentForm form) {
        List<FieldError> violations = forms.violations(form);
        if (!violations.isEmpty()) {
            throw new RowRefusedException(
                    violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        }
    }

    @Override
    public StagedRows staging() {
        return sealed;
    }
}
