package org.openintl.archgood.thing;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/** The only class that builds Bson. */
@Repository
public class ThingRepository {

    Bson named(String name) {
        return Filters.eq("state.name", name);
    }

    /** Nested types of a repository count as the repository. */
    record Query(Bson filter) {}
}
