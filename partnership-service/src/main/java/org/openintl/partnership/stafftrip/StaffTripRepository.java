package org.openintl.partnership.stafftrip;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import java.util.UUID;
import org.bson.BsonDocument;
import org.openintl.platform.aggregate.AggregateStores;
import org.openintl.platform.events.ProjectionStore;
import org.springframework.stereotype.Repository;

/**
 * The staff-trip projection (collection {@code staff_trips}): the latest status and partnership of every trip that
 * faculty-service announced, counted per partnership.
 */
@Repository
public class StaffTripRepository {

    private final ProjectionStore<StaffTrip> trips;

    StaffTripRepository(AggregateStores stores) {
        this.trips = stores.projection("staff_trips", StaffTrip.class);
        trips.documents().createIndex(Indexes.ascending("state.partnershipId"));
    }

    /** The trips under the partnership by where they stand; one pass over that partnership's trips. */
    public StaffMobility mobility(UUID partnershipId) {
        long approved = 0;
        long abroad = 0;
        long returned = 0;
        for (BsonDocument d : trips.documents()
                .find(eq("state.partnershipId", partnershipId))
                .projection(Projections.include("state.status"))) {
            BsonDocument state = d.getDocument("state", new BsonDocument());
            String status = state.isString("status") ? state.getString("status").getValue() : "";
            switch (status) {
                case "APPROVED" -> approved++;
                case "DEPARTED" -> abroad++;
                case "RETURNED", "REPORTED" -> returned++;
                default -> {
                    // DRAFT, SUBMITTED, REJECTED: nobody is going (yet)
                }
            }
        }
        return new StaffMobility(approved, abroad, returned);
    }

    public void apply(UUID tripId, long sequence, StaffTrip trip) {
        trips.apply(tripId, sequence, trip);
    }
}
