package org.openintl.console.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a 412 shows: the fields where what the user submitted differs from the record as it is now (someone saved
 * in between). The form keeps the user's values and takes the new {@code ETag}, so saving again is a deliberate
 * overwrite of the newer version, field by field in view.
 */
public record StaleEdit(String field, String yours, String now) {

    public static List<StaleEdit> between(Map<String, String> submitted, Map<String, String> current) {
        List<StaleEdit> changes = new ArrayList<>();
        current.forEach((field, now) -> {
            String yours = submitted.getOrDefault(field, "").strip();
            if (!yours.equals(now == null ? "" : now.strip())) {
                changes.add(new StaleEdit(field, yours, now));
            }
        });
        return changes;
    }
}
