package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryMatcher;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A filter over rows: mongo-java-server's matcher, with a shortcut for the list filters' common conditions (a
 * string or boolean equal to a value, a string among strings, a regular expression, and {@code $and} / {@code $or}
 * of those) when the row's value is a plain string or boolean, or missing or null. Where the shortcut cannot decide
 * (a numeric, array or document value, any other operator) mongo-java-server's matcher decides, so the answer is the same; the
 * shortcut only avoids its path splitting per row, and reads the values a row holds in advance ({@link RowLayout}).
 */
final class RowFilter implements Predicate<Row> {

    private enum Verdict {
        YES,
        NO,
        UNSURE
    }

    private interface Condition {
        Verdict test(Row row);
    }

    private final Document filter;
    private final QueryMatcher matcher = new DefaultQueryMatcher();
    private final Condition shortcut;

    RowFilter(Document filter, RowLayout layout) {
        this.filter = filter == null ? new Document() : filter;
        this.shortcut = compile(this.filter, layout);
    }

    /** The same filter over plain documents (a pipeline's later stages). */
    static Predicate<Document> ofDocuments(Document filter) {
        RowFilter rows = new RowFilter(filter, RowLayout.NONE);
        return document -> rows.test(RowLayout.wrap(document));
    }

    @Override
    public boolean test(Row row) {
        if (filter.isEmpty()) {
            return true;
        }
        if (shortcut != null) {
            Verdict verdict = shortcut.test(row);
            if (verdict != Verdict.UNSURE) {
                return verdict == Verdict.YES;
            }
        }
        return matcher.matches(row.document(), filter);
    }

    /** The conditions of a filter document, all of which must hold; null when one is not a shortcut's. */
    private static Condition compile(Document filter, RowLayout layout) {
        List<Condition> all = new ArrayList<>();
        for (Map.Entry<String, Object> entry : filter.entrySet()) {
            Condition condition = compile(entry.getKey(), entry.getValue(), layout);
            if (condition == null) {
                return null;
            }
            all.add(condition);
        }
        return row -> and(all, row);
    }

    private static Condition compile(String key, Object value, RowLayout layout) {
        if (key.equals("$and") || key.equals("$or")) {
            if (!(value instanceof List<?> clauses) || clauses.isEmpty()) {
                return null;
            }
            List<Condition> compiled = new ArrayList<>();
            for (Object clause : clauses) {
                Condition c = clause instanceof Document d ? compile(d, layout) : null;
                if (c == null) {
                    return null;
                }
                compiled.add(c);
            }
            return key.equals("$and") ? row -> and(compiled, row) : row -> or(compiled, row);
        }
        if (key.startsWith("$")) {
            return null;
        }
        Function<Row, Object> read = layout.reader(key);
        if (value instanceof String expected) {
            return row ->
                    read.apply(row) instanceof String actual ? verdict(actual.equals(expected)) : absent(read, row);
        }
        if (value instanceof Boolean expected) {
            return row ->
                    read.apply(row) instanceof Boolean actual ? verdict(actual.equals(expected)) : absent(read, row);
        }
        if (value instanceof BsonRegularExpression pattern) {
            Predicate<String> finds = LiteralPattern.finds(pattern);
            return row -> read.apply(row) instanceof String actual ? verdict(finds.test(actual)) : absent(read, row);
        }
        if (value instanceof Document operator
                && operator.size() == 1
                && operator.get("$in") instanceof List<?> candidates
                && !candidates.isEmpty()
                && candidates.stream().allMatch(String.class::isInstance)) {
            Set<Object> strings = Set.copyOf(candidates);
            return row ->
                    read.apply(row) instanceof String actual ? verdict(strings.contains(actual)) : absent(read, row);
        }
        return null;
    }

    /**
     * A missing or null value never equals a string or a boolean, is never among strings and never matches a regular
     * expression; anything else (arrays, numbers, documents) is mongo-java-server's matcher's to decide. Without this,
     * the rows of a name search without a Chinese name went through the matcher one by one (docs/performance.md).
     */
    private static Verdict absent(Function<Row, Object> read, Row row) {
        Object actual = read.apply(row);
        return actual == null || actual instanceof Missing ? Verdict.NO : Verdict.UNSURE;
    }

    private static Verdict and(List<Condition> conditions, Row row) {
        Verdict result = Verdict.YES;
        for (Condition c : conditions) {
            Verdict v = c.test(row);
            if (v == Verdict.NO) {
                return Verdict.NO;
            }
            if (v == Verdict.UNSURE) {
                result = Verdict.UNSURE;
            }
        }
        return result;
    }

    private static Verdict or(List<Condition> conditions, Row row) {
        Verdict result = Verdict.NO;
        for (Condition c : conditions) {
            Verdict v = c.test(row);
            if (v == Verdict.YES) {
                return Verdict.YES;
            }
            if (v == Verdict.UNSURE) {
                result = Verdict.UNSURE;
            }
        }
        return result;
    }

    private static Verdict verdict(boolean yes) {
        return yes ? Verdict.YES : Verdict.NO;
    }
}
