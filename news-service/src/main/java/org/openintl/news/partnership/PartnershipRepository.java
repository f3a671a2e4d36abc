package org.openintl.news.partnership;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.model.Projections;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openintl.news.article.PartnershipCheck;
import org.openintl.platform.events.ProjectionStore;
import org.springframework.stereotype.Repository;

/** Looks partnerships up in the projection (a repository: it queries the collection). */
@Repository
public class PartnershipRepository implements PartnershipCheck {

    private final ProjectionStore<PartnershipSnapshot> projection;

    PartnershipRepository(ProjectionStore<PartnershipSnapshot> projection) {
        this.projection = projection;
    }

    @Override
    public Set<UUID> unknown(Collection<UUID> partnershipIds) {
        Set<UUID> known = new HashSet<>();
        projection
                .documents()
                .find(in("_id", partnershipIds))
                .projection(Projections.include("_id"))
                .forEach(d -> known.add(d.getBinary("_id").asUuid()));
        Set<UUID> unknown = new LinkedHashSet<>(partnershipIds);
        unknown.removeAll(known);
        return unknown;
    }

    public Optional<PartnershipSnapshot> find(UUID id) {
        return projection.find(id);
    }
}
