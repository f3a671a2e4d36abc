package org.openintl.partnership.importing;

import com.mongodb.client.MongoDatabase;
import org.openintl.platform.imports.ImportJobRepository;
import org.springframework.stereotype.Repository;

/** The partners' import jobs and staged rows, in collections of their own (the register has its own worker). */
@Repository
class PartnerImportJobRepository extends ImportJobRepository {

    PartnerImportJobRepository(MongoDatabase db) {
        super(db, "partner_import_jobs", "partner_import_chunks");
    }
}
