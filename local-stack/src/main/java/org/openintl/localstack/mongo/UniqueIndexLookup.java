package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unique index that narrows a filter whose conditions are joined by {@code $and}. mongo-java-server uses an index
 * only when a filter's top-level fields are exactly the index's, but the driver's {@code Filters.and(eq("_id", id),
 * eq("version", v))} arrives as {@code {$and: [{_id: id}, {version: v}]}}: every optimistic update, guarded
 * projection write and outbox read by id then read every row of its collection. Each condition of a conjunction
 * holds for every match, so the documents an index finds for some of them include every match; the whole filter
 * then runs on those documents only, with mongo-java-server's own matcher.
 */
final class UniqueIndexLookup {

    private UniqueIndexLookup() {}

    /** The narrowing query and the index that answers it. */
    record Narrowed<P>(Index<P> index, Document query) {

        Iterable<P> positions() {
            return index.getPositions(query);
        }
    }

    /** The first of {@code indexes} that can answer a part of the filter's conjunction, if any. */
    static <P> Optional<Narrowed<P>> find(Document filter, List<Index<P>> indexes) {
        Map<String, Object> conditions = new LinkedHashMap<>();
        if (!collect(filter, conditions)) {
            return Optional.empty();
        }
        for (Index<P> index : indexes) {
            List<String> keys = index.getKeys().stream().map(IndexKey::getKey).toList();
            Document query = new Document();
            for (String key : keys) {
                if (!conditions.containsKey(key)) {
                    break;
                }
                query.put(key, conditions.get(key));
            }
            if (query.size() == keys.size() && index.canHandle(query)) {
                return Optional.of(new Narrowed<>(index, query));
            }
        }
        return Optional.empty();
    }

    /**
     * The field conditions that every match satisfies: the filter's own fields and those of the documents in its
     * {@code $and}, at any depth. The first condition on a field is kept (any one of them narrows correctly).
     * Returns false when there is no {@code $and} to look into: mongo-java-server has already tried the filter as it
     * is.
     */
    private static boolean collect(Document filter, Map<String, Object> conditions) {
        boolean conjunction = false;
        for (Map.Entry<String, Object> e : filter.entrySet()) {
            String key = e.getKey();
            if (key.equals("$and") && e.getValue() instanceof List<?> parts) {
                conjunction = true;
                for (Object part : parts) {
                    if (part instanceof Document d) {
                        collect(d, conditions);
                    }
                }
            } else if (!key.startsWith("$")) {
                conditions.putIfAbsent(key, e.getValue());
            }
        }
        return conjunction;
    }
}
