package org.openintl.faculty.trip;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.conversions.Bson;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.ChangeRecord;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.stereotype.Repository;

/** Staff trips in MongoDB; the only class that knows their document layout. */
@Repository
public class TripRepository {

    private static final String S = "state.";
    private static final String P = "state.plan.";

    private final AggregateStore<StaffTrip> store;

    TripRepository(AggregateStore<StaffTrip> store) {
        this.store = store;
        store.documents().createIndex(Indexes.ascending(S + "status"));
        store.documents().createIndex(Indexes.ascending(S + "reportDueOn"));
        store.documents().createIndex(Indexes.ascending(P + "partnershipId"));
    }

    public Versioned<StaffTrip> create(UUID id, Change<StaffTrip> change, String fingerprint) {
        return store.create(id, change, fingerprint);
    }

    public Versioned<StaffTrip> modify(
            UUID id, Long ifMatch, Function<Versioned<StaffTrip>, Change<StaffTrip>> command) {
        return store.modify(id, ifMatch, command);
    }

    public Versioned<StaffTrip> get(UUID id) {
        return store.get(id);
    }

    public List<ChangeRecord> changes(UUID id) {
        return store.changes(id);
    }

    /** A page, the latest start first. */
    public PageResult<Versioned<StaffTrip>> page(TripFilter filter, PageRequest page) {
        var found = store.findWithTotal(
                query(filter),
                Sorts.orderBy(Sorts.descending(P + "startDate"), Sorts.ascending("_id")),
                page.skip(),
                page.size());
        return PageResult.of(found.items(), page, found.total());
    }

    public void forEach(TripFilter filter, Consumer<StaffTrip> consumer) {
        store.forEach(query(filter), null, v -> consumer.accept(v.state()));
    }

    /** Returned trips whose report was due before {@code today} and whose overdue was not announced yet. */
    public List<UUID> idsWithReportOverdue(LocalDate today) {
        return store.ids(and(
                eq(S + "status", TripStatus.RETURNED.name()),
                lt(S + "reportDueOn", today),
                eq(S + "overdueAnnounced", false)));
    }

    static Bson query(TripFilter f) {
        List<Bson> clauses = new ArrayList<>();
        if (!f.status().isEmpty()) {
            clauses.add(in(S + "status", f.status().stream().map(Enum::name).toList()));
        }
        if (f.college() != null) {
            clauses.add(eq(P + "college", f.college()));
        }
        if (f.country() != null) {
            clauses.add(eq(P + "countries", f.country()));
        }
        if (f.purpose() != null) {
            clauses.add(eq(P + "purpose", f.purpose().name()));
        }
        if (f.partnershipId() != null) {
            clauses.add(eq(P + "partnershipId", f.partnershipId()));
        }
        if (f.hostPartnerId() != null) {
            clauses.add(eq(P + "hostPartnerId", f.hostPartnerId()));
        }
        if (f.staffId() != null) {
            clauses.add(eq(P + "staffId", f.staffId()));
        }
        return clauses.isEmpty() ? Filters.empty() : and(clauses);
    }
}
