package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * For one covered path: the rows holding each string or UUID there, so that a filter asking for that path to equal a
 * string or a UUID reads only the rows that can match instead of every row. The candidates are a superset of the
 * matches: rows whose value there is anything else that could still match (an array, which matches when it contains
 * the value, or a path through an array of documents) are in every answer; only a missing or null value, or a
 * different string or UUID, is left out, and those never equal the value. The filter then runs on the candidates.
 *
 * <p>Built at the first query that can use it, kept up to date with the rows; not thread-safe, like the rows.
 */
final class EqualityPostings {

    /** The bytes a row's entry takes in the heap, about (a set entry, and the value's map entry shared by rows). */
    static final long ENTRY_BYTES = 48;

    private final String path;
    private final Map<Object, Set<Object>> byValue = new HashMap<>();
    private final Set<Object> others = new HashSet<>();

    EqualityPostings(String path) {
        this.path = path;
    }

    /** Whether a filter's value can be looked up here. */
    static boolean lookupValue(Object value) {
        return value instanceof String || value instanceof UUID;
    }

    /** @return the bytes it booked */
    long add(Object position, Document row) {
        Object value = FieldValues.value(row, path);
        if (lookupValue(value)) {
            byValue.computeIfAbsent(value, v -> new HashSet<>()).add(position);
            return ENTRY_BYTES;
        }
        if (value == null || value instanceof Missing) {
            return 0;
        }
        others.add(position);
        return ENTRY_BYTES;
    }

    /** @return the bytes it freed */
    long remove(Object position, Document row) {
        Object value = FieldValues.value(row, path);
        if (lookupValue(value)) {
            Set<Object> positions = byValue.get(value);
            if (positions != null && positions.remove(position)) {
                if (positions.isEmpty()) {
                    byValue.remove(value);
                }
                return ENTRY_BYTES;
            }
            return 0;
        }
        return others.remove(position) ? ENTRY_BYTES : 0;
    }

    /** The rows that may hold {@code value} at the path, in no particular order. */
    Collection<Object> candidates(Object value) {
        Set<Object> equal = byValue.getOrDefault(value, Set.of());
        if (others.isEmpty()) {
            return equal;
        }
        List<Object> all = new ArrayList<>(equal.size() + others.size());
        all.addAll(equal);
        all.addAll(others);
        return all;
    }
}
