package org.openintl.partnership.partnership;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import java.util.List;
import org.openintl.platform.aggregate.AggregateStore;
import org.springframework.stereotype.Repository;

/**
 * An index for every filter, search field and sort of the partnership list, created at start-up (see
 * {@code PartnerIndexRepository} for why).
 */
@Repository
class PartnershipIndexRepository {

    PartnershipIndexRepository(AggregateStore<Partnership> partnerships) {
        partnerships
                .documents()
                .createIndexes(List.of(
                        new IndexModel(Indexes.descending("createdAt")), // the list's order
                        new IndexModel(Indexes.ascending("state.status")),
                        new IndexModel(Indexes.ascending("state.details.type")),
                        new IndexModel(Indexes.ascending("state.details.partnerIds")),
                        new IndexModel(Indexes.ascending("state.details.responsibleUnit")),
                        new IndexModel(Indexes.ascending("state.details.endDate")),
                        new IndexModel(Indexes.ascending("state.details.title.zh")),
                        new IndexModel(Indexes.ascending("state.details.title.en")),
                        new IndexModel(Indexes.ascending("state.details.title.ko"))));
    }
}
