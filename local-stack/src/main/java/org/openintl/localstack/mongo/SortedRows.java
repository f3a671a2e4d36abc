package org.openintl.localstack.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Every row of a collection in one list order, kept with every write, so that the first page of a list without a
 * filter is read in {@code O(page + log n)} instead of ranking every row per request, and a filtered list's page by
 * walking the order until the page is full ({@link PagedFacet} over 100,000
 * students ranked 100,000 rows for 20). The order is the list's (the values the page's projection would hold, as
 * {@link PagedFacet#order} compares them), ties in the store's order, as the stable sort over the store's order
 * breaks them. Not thread-safe: the owning collection calls it under its lock.
 */
final class SortedRows {

    /** The bytes a row's entry takes in the heap, about (a tree entry). */
    static final long ENTRY_BYTES = 40;

    private final TreeSet<Row> rows;

    SortedRows(Comparator<Row> order, Comparator<Object> storeOrder, Collection<Row> all) {
        this.rows = new TreeSet<>(order.thenComparing(Row::position, storeOrder));
        rows.addAll(all);
    }

    void add(Row row) {
        rows.add(row);
    }

    void remove(Row row) {
        rows.remove(row);
    }

    /**
     * The first {@code keep} rows in the order that {@code matching} accepts, or all of them when fewer; null when
     * that takes more than {@code budget} rows (a filter few rows match: ranking its matches is then cheaper).
     */
    List<Row> first(int keep, Predicate<Row> matching, int budget) {
        List<Row> first = new ArrayList<>(Math.min(keep, 1_024));
        Iterator<Row> it = rows.iterator();
        int visited = 0;
        while (first.size() < keep && it.hasNext()) {
            if (++visited > budget) {
                return null;
            }
            Row row = it.next();
            if (matching.test(row)) {
                first.add(row);
            }
        }
        return first;
    }

    /** The first {@code keep} rows in the order. */
    List<Row> first(int keep) {
        List<Row> first = new ArrayList<>(Math.min(keep, rows.size()));
        Iterator<Row> it = rows.iterator();
        while (first.size() < keep && it.hasNext()) {
            first.add(it.next());
        }
        return first;
    }
}
