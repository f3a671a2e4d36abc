package org.openintl.partnership.importing;

import com.mongodb.client.MongoDatabase;
import org.openintl.platform.imports.ImportJobRepository;
import org.springframework.stereotype.Repository;

/** The import jobs and staged rows of each register, in collections of their own (each has its own worker). */
final class ImportJobRepositories {

    private ImportJobRepositories() {}

    @Repository
    static class Partners extends ImportJobRepository {
        Partners(MongoDatabase db) {
            super(db, "partner_import_jobs", "partner_import_chunks");
        }
    }

    @Repository
    static class Partnerships extends ImportJobRepository {
        Partnerships(MongoDatabase db) {
            super(db, "partnership_import_jobs", "partnership_import_chunks");
        }
    }
}
