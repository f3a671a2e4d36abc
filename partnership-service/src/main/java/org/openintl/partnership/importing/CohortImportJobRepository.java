package org.openintl.partnership.importing;

import com.mongodb.client.MongoDatabase;
import org.openintl.platform.imports.ImportJobRepository;
import org.springframework.stereotype.Repository;

/** The program cohorts' import jobs and staged rows, in collections of their own (the register has its own worker). */
@Repository
class CohortImportJobRepository extends ImportJobRepository {

    CohortImportJobRepository(MongoDatabase db) {
        super(db, "cohort_import_jobs", "cohort_import_chunks");
    }
}
