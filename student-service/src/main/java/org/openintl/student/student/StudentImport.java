package org.openintl.student.student;

import java.util.List;
import org.openintl.student.document.DocumentFacts;

/** One row of a students' import: the student as the API creates them, and their immigration documents. */
public record StudentImport(StudentForm form, List<DocumentFacts> documents) {}
