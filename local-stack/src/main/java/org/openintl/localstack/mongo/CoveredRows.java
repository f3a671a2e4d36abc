package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A collection's indexed fields, held in the heap: for every document a row with its {@code _id} and the values at
 * the covered paths ({@link CoveredFields}), in the order of the store (so ties and unsorted answers come in the
 * same order as from the store). Filters and sorts that name only covered paths run over the rows; only the
 * documents of the answer are then read from the store, which deserializes each document it reads.
 *
 * <p>Not thread-safe: the owning collection calls it under its own lock, as mongo-java-server does for writes.
 */
final class CoveredRows {

    /** Strings up to this long are shared between rows (enumerations, codes, most names). */
    private static final int SHARED_LENGTH = 24;
    /** At most this many distinct shared strings per collection (about 5 MB); later ones are not shared. */
    private static final int SHARED_MAX = 50_000;
    /** At most this many paths per collection are looked up by equality ({@link EqualityPostings}). */
    private static final int POSTINGS_MAX = 8;
    /** At most this many paths per collection are searched in their folded text ({@link FoldedText}). */
    private static final int TEXTS_MAX = 8;
    /** At most this many list orders per collection are kept ({@link SortedRows}). */
    private static final int ORDERS_MAX = 4;

    /** Finds, counts and pipelines that read only the rows of an equality's value (for tests and the log). */
    static final LongAdder NARROWED_BY_EQUALITY = new LongAdder();

    /** Finds, counts and pipelines that read only the rows a search found in the folded text (for tests). */
    static final LongAdder NARROWED_BY_TEXT = new LongAdder();

    /** Pages of lists read from a kept order ({@link SortedRows}; for tests and the log). */
    static final LongAdder PAGES_FROM_KEPT_ORDERS = new LongAdder();

    /** Totals of lists filtered by one equality, read from its postings ({@link #exactCount}; for tests). */
    static final LongAdder COUNTED_FROM_POSTINGS = new LongAdder();

    /** Kept orders, folded texts and postings made from the rows, at a query or at start-up (for tests). */
    static final LongAdder MADE = new LongAdder();

    /**
     * A filtered list walks its kept order through at most this many rows, or a sixteenth of them if more, for its
     * page; then it ranks its matches instead (a test lowers it to see both ways answer the same).
     */
    static int walkAtLeast = 2_000;

    private static final int WALK_SHARE = 16;

    /** The literal searches are looked up when no equality has fewer candidates than this share of the rows. */
    private static final int SEARCH_WORTH = 64;

    private final CoveredFields fields = new CoveredFields();
    private final Map<String, String> sharedStrings = new HashMap<>();
    private final String name;
    private long bytes;
    private boolean overBudget;
    private final Comparator<Object> storeOrder;
    private final BiFunction<Document, Document, Document> project;
    private TreeMap<Object, Row> rows;
    private RowLayout layout = RowLayout.NONE;
    private final Map<String, EqualityPostings> postings = new HashMap<>();
    private final Map<String, FoldedText> texts = new HashMap<>();
    private final Map<List<Document>, SortedRows> orders = new HashMap<>();
    private Document rowProjection;
    private long searchMarks;
    private Consumer<Document> made = what -> {};

    /**
     * @param project applies a find's projection to a document, as mongo-java-server does (its aggregation
     *     {@code $project} differs for paths through arrays of documents)
     */
    CoveredRows(String name, Comparator<Object> storeOrder, BiFunction<Document, Document, Document> project) {
        this.name = name;
        this.storeOrder = storeOrder;
        this.project = project;
    }

    CoveredFields fields() {
        return fields;
    }

    /**
     * Tells {@code listener} of every kept order, folded text and postings made, as the document {@link #makeAgain}
     * takes: {@code {order: [projection, orderBy]}}, {@code {text: path}} or {@code {postings: path}}.
     */
    void whenMade(Consumer<Document> listener) {
        made = listener;
    }

    /**
     * Makes now, from the rows, what {@link #whenMade} reported (before a restart, say), so that the first query that
     * needs it does not wait for it; false when it cannot be made (no rows, the budget, a value an order cannot
     * compare, an unknown document).
     */
    boolean makeAgain(Document what) {
        if (rows == null) {
            return false;
        }
        try {
            if (what.get("order") instanceof List<?> key
                    && key.size() == 2
                    && key.get(0) instanceof Document projection
                    && key.get(1) instanceof Document orderBy) {
                return order(projection, orderBy) != null;
            }
            if (what.get("text") instanceof String path) {
                return textFor(path) != null;
            }
            if (what.get("postings") instanceof String path) {
                return postingsFor(path) != null;
            }
            return false;
        } catch (RuntimeException e) {
            return false; // the query that needs it finds out again, and takes the documents' path
        }
    }

    /** Adds index keys; the rows are rebuilt from the store at their next use when a path is new. */
    void cover(List<String> keys) {
        if (fields.add(keys)) {
            release();
            rowProjection = fields.rowProjection();
            layout = new RowLayout(fields.paths());
        }
    }

    boolean active() {
        return !fields.isEmpty() && !overBudget;
    }

    /** The estimated bytes of this collection's rows. */
    long bytes() {
        return bytes;
    }

    boolean built() {
        return rows != null;
    }

    /** One pass over the store. */
    void build(Stream<Map.Entry<Object, Document>> store) {
        release();
        rows = new TreeMap<>(storeOrder);
        store.forEach(e -> put(e.getKey(), e.getValue()));
    }

    void put(Object position, Document document) {
        if (rows != null) {
            Row row = layout.row(position, row(document));
            Row previous = rows.put(position, row);
            long delta = estimate(row) - (previous == null ? 0 : estimate(previous));
            for (EqualityPostings p : postings.values()) {
                delta -= previous == null ? 0 : p.remove(previous);
                delta += p.add(row);
            }
            for (FoldedText t : texts.values()) {
                delta -= previous == null ? 0 : t.remove(previous);
                delta += t.add(row);
            }
            try {
                for (SortedRows order : orders.values()) {
                    if (previous != null) {
                        order.remove(previous);
                    }
                    order.add(row);
                }
                delta += previous == null ? orders.size() * SortedRows.ENTRY_BYTES : 0;
            } catch (RuntimeException e) {
                delta -= dropOrders(); // a value the order cannot compare: the lists rank the rows again
            }
            charge(delta);
        }
    }

    void remove(Object position) {
        if (rows != null) {
            Row previous = rows.remove(position);
            if (previous != null) {
                long delta = -estimate(previous);
                for (EqualityPostings p : postings.values()) {
                    delta -= p.remove(previous);
                }
                for (FoldedText t : texts.values()) {
                    delta -= t.remove(previous);
                }
                try {
                    for (SortedRows order : orders.values()) {
                        order.remove(previous);
                    }
                    delta -= orders.size() * SortedRows.ENTRY_BYTES;
                } catch (RuntimeException e) {
                    delta -= dropOrders();
                }
                charge(delta);
            }
        }
    }

    int size() {
        return rows == null ? 0 : rows.size();
    }

    /**
     * The rows that may match {@code filter} (every row, unless it asks for a path to equal a string, a UUID or a
     * boolean), in the order of the store; a copy of the references: later writes do not change it.
     */
    List<Row> snapshot(Document filter) {
        List<Row> result = new ArrayList<>();
        for (Map.Entry<Object, Row> e : scope(filter)) {
            result.add(e.getValue());
        }
        return result;
    }

    /** How the rows hold their values; a snapshot's rows are read with the layout current when it was taken. */
    RowLayout layout() {
        return layout;
    }

    /**
     * The rows a filter has to be tested on, in the order of the store: those with the value of one of its equality
     * conditions on a path (the one with the fewest), or every row.
     */
    private Iterable<Map.Entry<Object, Row>> scope(Document filter) {
        Collection<Row> fewest = fewestCandidates(filter);
        if (fewest == null) {
            return rows.entrySet();
        }
        List<Row> sorted = new ArrayList<>(fewest);
        sorted.sort((a, b) -> storeOrder.compare(a.position(), b.position()));
        List<Map.Entry<Object, Row>> result = new ArrayList<>(sorted.size());
        for (Row row : sorted) {
            result.add(Map.entry(row.position(), row));
        }
        return result;
    }

    /**
     * The fewest candidates one of the filter's equalities or literal searches has; null when every row is one, or
     * when they are more than a quarter of the rows (reading all rows in order is then cheaper than putting them in
     * order).
     */
    private Collection<Row> fewestCandidates(Document filter) {
        Collection<Row> fewest = null;
        boolean byText = false;
        for (Map.Entry<String, Object> condition : equalities(filter, new ArrayList<>())) {
            EqualityPostings p = postingsFor(condition.getKey());
            if (p != null) {
                Collection<Row> candidates = p.candidates(condition.getValue());
                if (fewest == null || candidates.size() < fewest.size()) {
                    fewest = candidates;
                }
            }
        }
        if (fewest == null || fewest.size() > rows.size() / SEARCH_WORTH) {
            for (List<Map.Entry<String, BsonRegularExpression>> search : searches(filter, new ArrayList<>())) {
                Collection<Row> candidates = searchCandidates(search);
                if (candidates != null && (fewest == null || candidates.size() < fewest.size())) {
                    fewest = candidates;
                    byText = true;
                }
            }
        }
        if (fewest == null || fewest.size() > rows.size() / 4) {
            return null;
        }
        (byText ? NARROWED_BY_TEXT : NARROWED_BY_EQUALITY).increment();
        return fewest;
    }

    /**
     * The conditions that must all hold (also inside {@code $and}) and name literal patterns only: {@code path:
     * pattern}, or {@code $or} of such; each as its alternatives.
     */
    private static List<List<Map.Entry<String, BsonRegularExpression>>> searches(
            Document filter, List<List<Map.Entry<String, BsonRegularExpression>>> into) {
        if (filter == null) {
            return into;
        }
        for (Map.Entry<String, Object> e : filter.entrySet()) {
            if (e.getKey().equals("$and") && e.getValue() instanceof List<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document d) {
                        searches(d, into);
                    }
                }
            } else if (e.getKey().equals("$or") && e.getValue() instanceof List<?> clauses && !clauses.isEmpty()) {
                List<Map.Entry<String, BsonRegularExpression>> alternatives = new ArrayList<>();
                for (Object clause : clauses) {
                    if (clause instanceof Document d && d.size() == 1) {
                        Map.Entry<String, Object> only = d.entrySet().iterator().next();
                        if (!only.getKey().startsWith("$") && only.getValue() instanceof BsonRegularExpression p) {
                            alternatives.add(Map.entry(only.getKey(), p));
                        }
                    }
                }
                if (alternatives.size() == clauses.size()) {
                    into.add(alternatives);
                }
            } else if (!e.getKey().startsWith("$") && e.getValue() instanceof BsonRegularExpression pattern) {
                into.add(List.of(Map.entry(e.getKey(), pattern)));
            }
        }
        return into;
    }

    /** The rows that may match one of a search's alternatives; null when one of them cannot be looked up. */
    private Collection<Row> searchCandidates(List<Map.Entry<String, BsonRegularExpression>> alternatives) {
        List<Collection<Row>> found = new ArrayList<>();
        for (Map.Entry<String, BsonRegularExpression> alternative : alternatives) {
            char[] folded = FoldedText.searchText(alternative.getValue());
            FoldedText text = folded == null ? null : textFor(alternative.getKey());
            if (text == null) {
                return null;
            }
            found.add(text.candidates(folded));
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        // each row once: marked with this search's number (a hash set of the rows was a sixth of a name search)
        long mark = ++searchMarks;
        List<Row> union =
                new ArrayList<>(found.stream().mapToInt(Collection::size).sum());
        for (Collection<Row> rowsFound : found) {
            for (Row row : rowsFound) {
                if (row.searchMark != mark) {
                    row.searchMark = mark;
                    union.add(row);
                }
            }
        }
        return union;
    }

    /** The folded text of a covered path, built now from the rows if the budget allows; null otherwise. */
    private FoldedText textFor(String path) {
        FoldedText existing = texts.get(path);
        if (existing != null || !fields.covers(path) || texts.size() >= TEXTS_MAX) {
            return existing;
        }
        long most = rows.size() * (FoldedText.ENTRY_BYTES + 3L * SHARED_LENGTH);
        if (!RowBudget.charge(most)) {
            return null;
        }
        FoldedText built = new FoldedText(layout.reader(path));
        long used = 0;
        for (Map.Entry<Object, Row> e : rows.entrySet()) {
            used += built.add(e.getValue());
        }
        if (!RowBudget.charge(used - most)) { // longer strings than planned for, and the budget is spent
            RowBudget.charge(-most);
            return null;
        }
        bytes += used;
        texts.put(path, built);
        MADE.increment();
        made.accept(new Document("text", path));
        return built;
    }

    /** The conditions {@code path: value} (or {@code $eq}) that must all hold, also inside {@code $and}. */
    private static List<Map.Entry<String, Object>> equalities(Document filter, List<Map.Entry<String, Object>> into) {
        if (filter == null) {
            return into;
        }
        for (Map.Entry<String, Object> e : filter.entrySet()) {
            Object value = e.getValue();
            if (e.getKey().equals("$and") && value instanceof List<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document d) {
                        equalities(d, into);
                    }
                }
            } else if (!e.getKey().startsWith("$")) {
                if (value instanceof Document operator && operator.size() == 1 && operator.containsKey("$eq")) {
                    value = operator.get("$eq");
                }
                if (EqualityPostings.lookupValue(value)) {
                    into.add(Map.entry(e.getKey(), value));
                }
            }
        }
        return into;
    }

    /** The postings of a covered path, built now from the rows if the budget allows; null otherwise. */
    private EqualityPostings postingsFor(String path) {
        EqualityPostings existing = postings.get(path);
        if (existing != null || !fields.covers(path) || postings.size() >= POSTINGS_MAX) {
            return existing;
        }
        long most = rows.size() * EqualityPostings.ENTRY_BYTES;
        if (!RowBudget.charge(most)) {
            return null;
        }
        EqualityPostings built = new EqualityPostings(path);
        long used = 0;
        for (Map.Entry<Object, Row> e : rows.entrySet()) {
            used += built.add(e.getValue());
        }
        RowBudget.charge(used - most);
        bytes += used;
        postings.put(path, built);
        MADE.increment();
        made.accept(new Document("postings", path));
        return built;
    }

    /**
     * The positions of the matches, sorted stably like {@code Stream.sorted} (ties keep the store's order), then
     * skipped and limited: what mongo-java-server computes from the whole documents.
     */
    List<Object> find(Document filter, Document orderBy, int skip, int limit) {
        boolean everything = filter == null || filter.isEmpty();
        RowFilter matching = new RowFilter(filter, layout);
        Comparator<Row> order = orderBy == null || orderBy.isEmpty() ? null : layout.comparator(orderBy);
        if (order == null || limit <= 0) {
            List<Map.Entry<Object, Row>> matches = new ArrayList<>();
            for (Map.Entry<Object, Row> e : scope(filter)) {
                if (everything || matching.test(e.getValue())) {
                    matches.add(e);
                    if (order == null && limit > 0 && matches.size() >= skip + limit) {
                        break;
                    }
                }
            }
            if (order != null) {
                matches.sort((a, b) -> order.compare(a.getValue(), b.getValue())); // List.sort is stable
            }
            return positions(matches, skip, limit);
        }
        // the first skip + limit of a stable sort, without sorting every match
        FirstRanked<Map.Entry<Object, Row>> best =
                new FirstRanked<>((a, b) -> order.compare(a.getValue(), b.getValue()), skip + limit);
        for (Map.Entry<Object, Row> e : scope(filter)) {
            if (everything || matching.test(e.getValue())) {
                best.offer(e);
            }
        }
        return positions(best.sorted(), skip, limit);
    }

    /**
     * The first {@code keep} of the {@code matches} rows {@code matching} accepts (null: every row) in a list's order
     * ({@link PagedFacet#order}: sorted by {@code orderBy} over what {@code projection} puts in each document, ties in
     * the store's order), from an order kept with every write and made now from the rows if there is none yet; null
     * when no more orders are kept or the budget is spent, or when the walk from the order's start would visit more
     * rows than its budget ({@link SortedRows#first(int, Predicate, int)}): at most {@link #walkAtLeast} rows or a
     * sixteenth of them if more, and no more than about twice the matches (ranking the matches costs about one step
     * each).
     */
    List<Row> first(Document projection, Document orderBy, int keep, Predicate<Row> matching, long matches) {
        SortedRows order = order(projection, orderBy);
        if (order == null) {
            return null;
        }
        long budget = Math.min(Math.max(walkAtLeast, rows.size() / WALK_SHARE), 2 * matches + keep);
        List<Row> first = matching == null ? order.first(keep) : order.first(keep, matching, (int) budget);
        if (first != null) {
            PAGES_FROM_KEPT_ORDERS.increment();
        }
        return first;
    }

    private SortedRows order(Document projection, Document orderBy) {
        List<Document> key = List.of(projection, orderBy);
        SortedRows order = orders.get(key);
        if (order == null) {
            long most = rows.size() * SortedRows.ENTRY_BYTES;
            if (orders.size() >= ORDERS_MAX || !RowBudget.charge(most)) {
                return null;
            }
            try {
                order = new SortedRows(PagedFacet.order(orderBy, projection, layout), storeOrder, rows.values());
            } catch (RuntimeException e) { // a value the order cannot compare
                RowBudget.charge(-most);
                throw e;
            }
            bytes += most;
            orders.put(key, order);
            MADE.increment();
            made.accept(new Document("order", new ArrayList<>(key)));
        }
        return order;
    }

    /**
     * The number of rows {@code filter} matches when the postings know it without testing a row: the filter is one
     * equality ({@code {path: value}}, also as {@code $eq} or alone in an {@code $and}) and every row holds a plain
     * value or nothing at that path; null otherwise.
     */
    Long exactCount(Document filter) {
        List<Map.Entry<String, Object>> equalities = equalities(filter, new ArrayList<>());
        if (equalities.size() != 1 || conditions(filter) != 1) {
            return null;
        }
        EqualityPostings p = postingsFor(equalities.get(0).getKey());
        Integer count = p == null ? null : p.exactCount(equalities.get(0).getValue());
        if (count == null) {
            return null;
        }
        COUNTED_FROM_POSTINGS.increment();
        return count.longValue();
    }

    /** The conditions of a filter, counting those inside {@code $and}; anything else counts twice. */
    private static int conditions(Document filter) {
        int n = 0;
        for (Map.Entry<String, Object> e : filter.entrySet()) {
            if (e.getKey().equals("$and") && e.getValue() instanceof List<?> clauses) {
                for (Object clause : clauses) {
                    n += clause instanceof Document d ? conditions(d) : 2;
                }
            } else {
                n += e.getKey().startsWith("$") ? 2 : 1;
            }
        }
        return n;
    }

    /** The order of the store's keys, which breaks ties between rows offered in no particular order. */
    Comparator<Object> storeOrder() {
        return storeOrder;
    }

    /** The rows that may match {@code filter}, in no particular order (a copy of the references). */
    List<Row> candidates(Document filter) {
        Collection<Row> fewest = fewestCandidates(filter);
        return new ArrayList<>(fewest == null ? rows.values() : fewest);
    }

    /** Forgets every kept order; returns the bytes they were booked for (with the rows as they are now). */
    private long dropOrders() {
        long booked = (long) orders.size() * rows.size() * SortedRows.ENTRY_BYTES;
        orders.clear();
        return booked;
    }

    /** The rows of these positions (a find whose projection is covered reads them instead of the documents). */
    List<Document> rowsAt(List<Object> positions) {
        List<Document> result = new ArrayList<>(positions.size());
        for (Object position : positions) {
            result.add(rows.get(position).document());
        }
        return result;
    }

    private static List<Object> positions(List<Map.Entry<Object, Row>> matches, int skip, int limit) {
        int end = limit > 0 ? Math.min(matches.size(), skip + limit) : matches.size();
        List<Object> result = new ArrayList<>();
        for (int i = skip; i < end; i++) {
            result.add(matches.get(i).getKey());
        }
        return result;
    }

    /**
     * Books the bytes against the budget shared by every collection of the server; a collection whose rows would
     * exceed it gives them up for good (until the server restarts) and is queried from its documents again.
     */
    private void charge(long delta) {
        bytes += delta;
        if (RowBudget.charge(delta)) {
            return;
        }
        System.out.printf(
                java.util.Locale.ROOT,
                "[local-stack] %s: its rows (%,d, about %,d KB) would exceed the budget of %,d MB for all collections;"
                        + " its queries read the documents again%n",
                name,
                rows.size(),
                bytes >> 10,
                RowBudget.limitBytes() >> 20);
        release();
        overBudget = true;
    }

    private void release() {
        RowBudget.charge(-bytes);
        bytes = 0;
        rows = null;
        postings.clear();
        texts.clear();
        orders.clear();
    }

    /**
     * About the bytes a row takes in the heap (64-bit JVM, compressed references): a document and its hash table,
     * an entry per field, and what is not shared with other rows. Calibrated against the measured heap
     * (docs/embedded-database.md).
     */
    private long estimate(Row row) {
        return estimate(row.document()) + layout.extraBytes();
    }

    static long estimate(Object value) {
        if (value instanceof Document document) {
            long size = 160 + 48L * document.size(); // Document, LinkedHashMap and its table; entries; the TreeMap's
            for (Object field : document.values()) {
                size += estimate(field);
            }
            return size;
        }
        if (value instanceof List<?> list) {
            long size = 40 + 4L * list.size();
            for (Object element : list) {
                size += estimate(element);
            }
            return size;
        }
        if (value instanceof String text) {
            return text.length() <= SHARED_LENGTH ? 8 : 40 + text.length();
        }
        return value == null ? 0 : 24; // a number, an id, a date
    }

    private Document row(Document document) {
        // a deep copy (mongo-java-server updates stored documents in place) sharing equal names and short values
        return (Document) compact(project.apply(rowProjection, document));
    }

    /**
     * A copy of a value in which field names and short strings are shared between rows: a document read from the
     * store has its own copy of every name and value, which would otherwise make up most of a row's bytes
     * (docs/embedded-database.md has the figures).
     */
    private Object compact(Object value) {
        if (value instanceof Document document) {
            Document copy = new Document();
            for (Map.Entry<String, Object> field : document.entrySet()) {
                copy.put(shared(field.getKey()), compact(field.getValue()));
            }
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(compact(element));
            }
            return copy;
        }
        if (value instanceof String text && text.length() <= SHARED_LENGTH) {
            return shared(text);
        }
        return value; // numbers, ids, dates: never changed in a row
    }

    private String shared(String text) {
        String known = sharedStrings.get(text);
        if (known != null) {
            return known;
        }
        if (sharedStrings.size() < SHARED_MAX) {
            sharedStrings.put(text, text);
        }
        return text;
    }
}
