package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.bson.Document;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The field paths a collection's in-memory rows hold ({@link CoveredRows}): {@code _id} and every key of the
 * collection's indexes. A filter, a sort or a projection is covered when every path it names is one of them or lies
 * inside one of them; it then gives the same answer on a row as on the whole document.
 */
final class CoveredFields {

    static final String ID = "_id";

    /** Operators of a field's condition that read only the value at that path (and its subtree). */
    private static final Set<String> FIELD_OPERATORS = Set.of(
            "$eq",
            "$ne",
            "$gt",
            "$gte",
            "$lt",
            "$lte",
            "$in",
            "$nin",
            "$exists",
            "$regex",
            "$options",
            "$not",
            "$elemMatch",
            "$size",
            "$all",
            "$type",
            "$mod");

    private final Set<String> paths = new TreeSet<>();

    /** Adds the paths; true when one was new (the rows must then be rebuilt). */
    boolean add(List<String> keys) {
        boolean added = false;
        for (String key : keys) {
            if (!key.equals(ID) && !key.startsWith("$") && paths.add(key)) {
                added = true;
            }
        }
        return added;
    }

    boolean isEmpty() {
        return paths.isEmpty();
    }

    /** Every indexed path, in their natural order. */
    Set<String> paths() {
        return Collections.unmodifiableSet(paths);
    }

    /**
     * The inclusion projection that makes a row: every path except those inside another one (a projection naming a
     * path and its parent is a path collision).
     */
    Document rowProjection() {
        Document projection = new Document(ID, 1);
        for (String path : paths) {
            if (paths.stream().noneMatch(other -> !other.equals(path) && path.startsWith(other + "."))) {
                projection.put(path, 1);
            }
        }
        return projection;
    }

    /** Whether the row holds everything at this path. */
    boolean covers(String path) {
        if (path.equals(ID) || path.startsWith(ID + ".")) {
            return true;
        }
        for (String covered : paths) {
            if (path.equals(covered) || path.startsWith(covered + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Whether every condition of the filter reads only covered paths. */
    boolean coversFilter(Document filter) {
        return coversFilter(filter, this::covers);
    }

    /** Whether every condition of the filter reads only paths that are {@code available}. */
    static boolean coversFilter(Document filter, Predicate<String> available) {
        if (filter == null) {
            return true;
        }
        for (Map.Entry<String, Object> condition : filter.entrySet()) {
            String key = condition.getKey();
            Object value = condition.getValue();
            if (key.equals("$and") || key.equals("$or") || key.equals("$nor")) {
                if (!(value instanceof List<?> clauses)) {
                    return false;
                }
                for (Object clause : clauses) {
                    if (!(clause instanceof Document d) || !coversFilter(d, available)) {
                        return false;
                    }
                }
            } else if (key.startsWith("$") || !available.test(key) || !onlyFieldOperators(value)) {
                return false; // $expr, $where, $text ... read the whole document
            }
        }
        return true;
    }

    /** Whether every sort key is covered ({@code $natural} is not: it is the order of the store). */
    boolean coversSort(Document orderBy) {
        if (orderBy == null) {
            return true;
        }
        return orderBy.keySet().stream().allMatch(key -> !key.startsWith("$") && covers(key));
    }

    /**
     * Whether a find's projection can be applied to the row instead of the document: only inclusions (or
     * {@code _id: 0}) of covered paths.
     */
    boolean coversProjection(Document projection) {
        if (projection == null || projection.isEmpty()) {
            return false;
        }
        boolean includes = false;
        for (Map.Entry<String, Object> field : projection.entrySet()) {
            Object value = field.getValue();
            boolean include = Boolean.TRUE.equals(value) || (value instanceof Number n && n.doubleValue() == 1);
            boolean exclude = Boolean.FALSE.equals(value) || (value instanceof Number n && n.doubleValue() == 0);
            if (include && covers(field.getKey())) {
                includes = true;
            } else if (!(exclude && field.getKey().equals(ID))) {
                return false;
            }
        }
        return includes;
    }

    private static boolean onlyFieldOperators(Object value) {
        if (!(value instanceof Document condition)) {
            return true; // a value compared for equality
        }
        for (String key : condition.keySet()) {
            if (key.startsWith("$") && !FIELD_OPERATORS.contains(key)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return paths.toString();
    }
}
