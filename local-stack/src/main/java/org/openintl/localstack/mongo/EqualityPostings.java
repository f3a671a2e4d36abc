package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.backend.Missing;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * For one covered path: the rows holding each string, UUID or boolean there, so that a filter asking for that path to
 * equal one reads only the rows that can match instead of every row. The candidates are a superset of the
 * matches: rows whose value there is anything else that could still match (an array, which matches when it contains
 * the value, or a path through an array of documents) are in every answer; only a missing or null value, or a
 * different string, UUID or boolean, is left out, and those never equal the value. The filter then runs on the
 * candidates.
 *
 * <p>Built at the first query that can use it, kept up to date with the rows; not thread-safe, like the rows.
 */
final class EqualityPostings {

    /** The bytes a row's entry takes in the heap, about (a set entry, and the value's map entry shared by rows). */
    static final long ENTRY_BYTES = 48;

    private final String path;
    private final Map<Object, Map<Object, Row>> byValue = new HashMap<>();
    private final Map<Object, Row> others = new HashMap<>();

    EqualityPostings(String path) {
        this.path = path;
    }

    /** Whether a filter's value can be looked up here. */
    static boolean lookupValue(Object value) {
        return value instanceof String || value instanceof UUID || value instanceof Boolean;
    }

    /** @return the bytes it booked */
    long add(Row row) {
        Object value = FieldValues.value(row.document(), path);
        if (lookupValue(value)) {
            byValue.computeIfAbsent(value, v -> new HashMap<>()).put(row.position(), row);
            return ENTRY_BYTES;
        }
        if (value == null || value instanceof Missing) {
            return 0;
        }
        others.put(row.position(), row);
        return ENTRY_BYTES;
    }

    /** @return the bytes it freed */
    long remove(Row row) {
        Object value = FieldValues.value(row.document(), path);
        if (lookupValue(value)) {
            Map<Object, Row> rows = byValue.get(value);
            if (rows != null && rows.remove(row.position()) != null) {
                if (rows.isEmpty()) {
                    byValue.remove(value);
                }
                return ENTRY_BYTES;
            }
            return 0;
        }
        return others.remove(row.position()) != null ? ENTRY_BYTES : 0;
    }

    /**
     * The number of rows holding {@code value} at the path when no row holds anything else that could still equal it
     * (an array, a number, a document); null otherwise.
     */
    Integer exactCount(Object value) {
        return others.isEmpty() ? byValue.getOrDefault(value, Map.of()).size() : null;
    }

    /** The rows that may hold {@code value} at the path, in no particular order. */
    Collection<Row> candidates(Object value) {
        Collection<Row> equal = byValue.getOrDefault(value, Map.of()).values();
        if (others.isEmpty()) {
            return equal;
        }
        List<Row> all = new ArrayList<>(equal.size() + others.size());
        all.addAll(equal);
        all.addAll(others.values());
        return all;
    }
}
