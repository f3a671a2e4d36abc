package org.openintl.student.importing;

import java.util.List;
import org.openintl.student.document.DocumentFacts;
import org.openintl.student.student.StudentForm;

/** One row of a students' import: the student as the API creates them, and their immigration documents. */
record StudentImport(StudentForm form, List<DocumentFacts> documents) {}
