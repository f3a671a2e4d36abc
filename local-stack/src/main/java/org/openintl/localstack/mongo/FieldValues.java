package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.aggregation.Expression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * mongo-java-server's reading of a field path, its sort comparator and its {@code $project} of fields, computed
 * faster for the rows: mongo-java-server splits a path with a regular expression on every read (several
 * microseconds, times every row and every comparison), here the split is done once per path. Where a path goes
 * through an array, or is malformed, mongo-java-server's own code computes the value, so the result is the same.
 */
final class FieldValues {

    private static final Object SLOW = new Object();
    private static final Map<String, String[]> SPLIT = new ConcurrentHashMap<>();
    private static final Comparator<Object> ASCENDING = ValueComparator.asc();
    private static final Comparator<Object> DESCENDING = ValueComparator.desc();

    private FieldValues() {}

    /** {@code Utils.getSubdocumentValueCollectionAware}. */
    static Object value(Document document, String path) {
        Object value = plain(document, path);
        return value == SLOW ? Utils.getSubdocumentValueCollectionAware(document, path) : value;
    }

    /** The value through documents only, or {@link #SLOW} where mongo-java-server's rules for arrays apply. */
    private static Object plain(Document document, String path) {
        String[] fragments = SPLIT.computeIfAbsent(path, FieldValues::split);
        if (fragments == null) {
            return SLOW;
        }
        Document current = document;
        for (int i = 0; i < fragments.length - 1; i++) {
            Object next = current.getOrMissing(fragments[i]);
            if (next instanceof Document d) {
                current = d;
            } else if (next instanceof Collection<?>) {
                return SLOW;
            } else {
                return Missing.getInstance();
            }
        }
        return current.getOrMissing(fragments[fragments.length - 1]);
    }

    private static String[] split(String path) {
        if (path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
            return null; // mongo-java-server rejects it: let it
        }
        return path.split("\\.", -1);
    }

    /** {@code DocumentComparator}: the sort keys in order, each ascending or descending. */
    static Comparator<Document> comparator(Document orderBy) {
        List<String> keys = new ArrayList<>(orderBy.keySet());
        List<Comparator<Object>> orders = new ArrayList<>();
        for (String key : keys) {
            orders.add(((Number) orderBy.get(key)).intValue() > 0 ? ASCENDING : DESCENDING);
        }
        return (a, b) -> {
            for (int i = 0; i < keys.size(); i++) {
                int cmp = orders.get(i).compare(value(a, keys.get(i)), value(b, keys.get(i)));
                if (cmp != 0) {
                    return cmp;
                }
            }
            return 0;
        };
    }

    /**
     * Whether {@link #project} computes this {@code $project} as mongo-java-server's stage does: fields included
     * ({@code 1}, {@code true}) or copied ({@code "$path"}) under names without a dot, {@code _id} excluded or not,
     * at least one inclusion.
     */
    static boolean projectsFields(Document projection) {
        boolean includes = false;
        for (Map.Entry<String, Object> field : projection.entrySet()) {
            String name = field.getKey();
            Object value = field.getValue();
            if (name.contains(".") || name.startsWith("$")) {
                return false;
            }
            if (value instanceof Boolean || value instanceof Number) {
                includes |= Utils.isTrue(value);
                if (!Utils.isTrue(value) && !name.equals(CoveredFields.ID)) {
                    return false;
                }
            } else if (!(value instanceof String path && path.startsWith("$") && !path.startsWith("$$"))) {
                return false;
            }
        }
        return includes;
    }

    /** mongo-java-server's {@code ProjectStage} for a projection {@link #projectsFields} accepts. */
    static Document project(Document projection, Document document) {
        Document result = new Document();
        if (!projection.containsKey(CoveredFields.ID)) {
            copy(document, result, CoveredFields.ID);
        }
        for (Map.Entry<String, Object> field : projection.entrySet()) {
            String name = field.getKey();
            Object spec = field.getValue();
            if (spec instanceof String path) {
                Object value = value(document, path.substring(1));
                if (value instanceof Document) {
                    value = Expression.evaluateDocument(spec, document); // its own treatment of documents
                }
                if (!(value instanceof Missing)) {
                    result.put(name, value);
                }
            } else if (Utils.isTrue(spec)) {
                copy(document, result, name);
            } else {
                result.remove(name);
            }
        }
        return result;
    }

    private static void copy(Document from, Document to, String name) {
        Object value = value(from, name);
        if (!(value instanceof Missing)) {
            to.put(name, value);
        }
    }
}
