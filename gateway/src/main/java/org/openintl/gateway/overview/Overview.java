package org.openintl.gateway.overview;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code GET /api/overview}. A part is {@code null} when its service failed or was too slow, and then
 * {@code missing} names the part (its field name), so a dashboard can show what it has and grey out the rest.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record Overview(
        @Nullable JsonNode partnerships,
        @Nullable JsonNode students,
        @Nullable JsonNode news,
        @Nullable JsonNode faculty,
        boolean degraded,
        List<String> missing) {

    Overview {
        missing = List.copyOf(missing);
    }

    static Overview of(Map<Part, JsonNode> received) {
        List<String> missing = new ArrayList<>();
        for (Part part : Part.values()) {
            if (!received.containsKey(part)) {
                missing.add(part.field());
            }
        }
        return new Overview(
                received.get(Part.PARTNERSHIPS),
                received.get(Part.STUDENTS),
                received.get(Part.NEWS),
                received.get(Part.FACULTY),
                !missing.isEmpty(),
                missing);
    }
}
