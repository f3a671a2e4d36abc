package org.openintl.student.importing;

import com.mongodb.client.MongoDatabase;
import org.openintl.platform.imports.ImportJobRepository;
import org.springframework.stereotype.Repository;

/** The students' import jobs ({@code import_jobs}) and their sealed staged rows ({@code import_chunks}). */
@Repository
class StudentImportJobRepository extends ImportJobRepository {

    StudentImportJobRepository(MongoDatabase db) {
        super(db, "import_jobs", "import_chunks");
    }
}
