package org.openintl.partnership.importing;

import com.mongodb.client.MongoDatabase;
import org.openintl.platform.imports.ImportJobRepository;
import org.springframework.stereotype.Repository;

/** The partnerships' import jobs and staged rows, in collections of their own (the register has its own worker). */
@Repository
class PartnershipImportJobRepository extends ImportJobRepository {

    PartnershipImportJobRepository(MongoDatabase db) {
        super(db, "partnership_import_jobs", "partnership_import_chunks");
    }
}
