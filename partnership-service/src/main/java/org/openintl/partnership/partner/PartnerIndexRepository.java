package org.openintl.partnership.partner;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import java.util.List;
import org.openintl.platform.aggregate.AggregateStore;
import org.springframework.stereotype.Repository;

/**
 * An index for every filter, search field and sort of the partner list, created at start-up. MongoDB uses them to
 * answer a list without reading every partner; the local stack's embedded server answers the lists from the indexed
 * fields it keeps in its heap (docs/embedded-database.md).
 */
@Repository
class PartnerIndexRepository {

    PartnerIndexRepository(AggregateStore<Partner> partners) {
        partners.documents()
                .createIndexes(List.of(
                        new IndexModel(Indexes.ascending("state.name.en", "state.name.zh")), // the list's order
                        new IndexModel(Indexes.ascending("state.archived")),
                        new IndexModel(Indexes.ascending("state.country")),
                        new IndexModel(Indexes.ascending("state.continent")),
                        new IndexModel(Indexes.ascending("state.beltAndRoad")),
                        new IndexModel(Indexes.ascending("state.type")),
                        // the name search (a substring in any of the names)
                        new IndexModel(Indexes.ascending("state.name.zh")),
                        new IndexModel(Indexes.ascending("state.name.ko")),
                        new IndexModel(Indexes.ascending("state.originalName")),
                        // an import's natural key takes the oldest partner with the name (findByName): without it the
                        // embedded server read every document for each row imported
                        new IndexModel(Indexes.ascending("createdAt"))));
    }
}
