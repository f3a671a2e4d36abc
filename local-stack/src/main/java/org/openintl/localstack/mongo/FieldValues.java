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
import java.util.function.Function;

/**
 * mongo-java-server's reading of a field path, its sort comparator and its {@code $project} of fields, computed
 * faster for the rows: mongo-java-server splits a path with a regular expression on every read (several
 * microseconds, times every row and every comparison), here the split is done once per path. Where a path goes
 * through an array, or is malformed, mongo-java-server's own code computes the value, so the result is the same.
 */
final class FieldValues {

    /** Where a path goes through an array (or is malformed): mongo-java-server's own code has to read it. */
    static final Object SLOW = new Object();

    private static final Map<String, String[]> SPLIT = new ConcurrentHashMap<>();
    private static final Comparator<Object> ASCENDING = ValueComparator.asc();
    private static final Comparator<Object> DESCENDING = ValueComparator.desc();

    private FieldValues() {}

    /** {@code Utils.getSubdocumentValueCollectionAware}. */
    static Object value(Document document, String path) {
        Object value = plain(document, path);
        return value == SLOW ? Utils.getSubdocumentValueCollectionAware(document, path) : value;
    }

    /** {@link #value} with the path split once, for reading the same path of many documents. */
    static Function<Document, Object> reader(String path) {
        String[] fragments = split(path);
        if (fragments == null) {
            return document -> Utils.getSubdocumentValueCollectionAware(document, path);
        }
        return document -> {
            Object value = plain(document, fragments);
            return value == SLOW ? Utils.getSubdocumentValueCollectionAware(document, path) : value;
        };
    }

    /** The value through documents only, or {@link #SLOW} where mongo-java-server's rules for arrays apply. */
    static Object plain(Document document, String path) {
        String[] fragments = SPLIT.computeIfAbsent(path, FieldValues::split);
        return fragments == null ? SLOW : plain(document, fragments);
    }

    private static Object plain(Document document, String[] fragments) {
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
        return comparator(orderBy, FieldValues::reader);
    }

    /** The same comparator over anything whose values at a path {@code readerOf} reads. */
    static <T> Comparator<T> comparator(Document orderBy, Function<String, Function<T, Object>> readerOf) {
        List<Function<T, Object>> readers = new ArrayList<>();
        List<Comparator<Object>> orders = new ArrayList<>();
        for (String key : orderBy.keySet()) {
            readers.add(readerOf.apply(key));
            orders.add(((Number) orderBy.get(key)).intValue() > 0 ? ASCENDING : DESCENDING);
        }
        int keys = readers.size();
        return (a, b) -> {
            for (int i = 0; i < keys; i++) {
                Function<T, Object> read = readers.get(i);
                int cmp = compare(orders.get(i), read.apply(a), read.apply(b));
                if (cmp != 0) {
                    return cmp;
                }
            }
            return 0;
        };
    }

    /**
     * {@code ValueComparator}, which orders two strings by {@code String.compareTo} after a dozen type tests (most of
     * a list's sort at 100,000 rows); the same answer for them at once.
     */
    private static int compare(Comparator<Object> order, Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            int cmp = x.compareTo(y);
            return order == ASCENDING ? cmp : -cmp;
        }
        return order.compare(a, b);
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

    /**
     * mongo-java-server's {@code ProjectStage} for a projection {@link #projectsFields} accepts, compiled once for many
     * inputs: {@code readerOf} reads a path of an input, {@code document} gives its whole document (for
     * mongo-java-server's own treatment of a copied document).
     */
    static <T> Function<T, Document> projection(
            Document projection, Function<String, Function<T, Object>> readerOf, Function<T, Document> document) {
        List<String> names = new ArrayList<>();
        List<Object> specs = new ArrayList<>();
        List<Function<T, Object>> readers = new ArrayList<>();
        if (!projection.containsKey(CoveredFields.ID)) {
            names.add(CoveredFields.ID);
            specs.add(Boolean.TRUE);
            readers.add(readerOf.apply(CoveredFields.ID));
        }
        for (Map.Entry<String, Object> field : projection.entrySet()) {
            String name = field.getKey();
            Object spec = field.getValue();
            names.add(name);
            specs.add(spec);
            if (spec instanceof String path) {
                readers.add(readerOf.apply(path.substring(1)));
            } else if (Utils.isTrue(spec)) {
                readers.add(readerOf.apply(name));
            } else {
                readers.add(null);
            }
        }
        int fields = names.size();
        return input -> {
            Document result = new Document();
            for (int i = 0; i < fields; i++) {
                String name = names.get(i);
                Object spec = specs.get(i);
                Function<T, Object> read = readers.get(i);
                if (read == null) {
                    result.remove(name);
                    continue;
                }
                Object value = read.apply(input);
                if (spec instanceof String && value instanceof Document) {
                    value = Expression.evaluateDocument(spec, document.apply(input)); // its own treatment of documents
                }
                if (!(value instanceof Missing)) {
                    result.put(name, value);
                }
            }
            return result;
        };
    }
}
