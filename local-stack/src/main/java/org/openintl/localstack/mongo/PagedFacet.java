package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.aggregation.Expression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A list's page and its total in one pass over the rows: {@code $project} of fields then a final {@code $facet} whose
 * facets each either count ({@code [$count]}) or page ({@code [$sort, $skip, $limit, ...]}), the student list's
 * shape ({@code SortedIds.pageWithTotal}). Instead of projecting every match into a document and collecting them
 * all, the matches are counted and ranked by the values their projection would hold, read from the rows; only the
 * page is projected. Same answer as the stages one by one: the sort compares the values the projected documents
 * would hold, ties keep the input's order, and the stages after the {@code $limit} run on the projected page.
 */
final class PagedFacet {

    private final Document projection;
    private final Document facets;

    private PagedFacet(Document projection, Document facets) {
        this.projection = projection;
        this.facets = facets;
    }

    /** The fused form of {@code $project} followed by this last {@code $facet} stage, when every facet qualifies. */
    static PagedFacet of(Document projection, Document lastStage) {
        if (!(lastStage.get("$facet") instanceof Document facets) || facets.isEmpty()) {
            return null;
        }
        for (Object facet : facets.values()) {
            @SuppressWarnings("unchecked")
            List<Document> stages = (List<Document>) facet;
            if (!counts(stages) && !(pages(stages) && sortsProjectedFields(stages.get(0), projection))) {
                return null;
            }
        }
        return new PagedFacet(projection, facets);
    }

    /** Every page's first rows, taken from orders the rows keep, and the number of matches. */
    record Ordered(long count, Map<String, List<Row>> first) {}

    /**
     * Every page's first {@code skip + limit} of the rows {@code matching} accepts (null: all rows), from the orders
     * {@code rows} keeps; null when it keeps none for one of them, or a filter's walk would be long. Under the
     * collection's lock.
     */
    Ordered orderedFrom(CoveredRows rows, Predicate<Row> matching, long count) {
        Map<String, List<Row>> first = new HashMap<>();
        for (Map.Entry<String, Object> facet : facets.entrySet()) {
            @SuppressWarnings("unchecked")
            List<Document> stages = (List<Document>) facet.getValue();
            if (!counts(stages)) {
                Page page = new Page(stages, rows.layout(), List.of(), null);
                List<Row> kept = rows.first(projection, page.orderBy, page.keep, matching, count);
                if (kept == null) {
                    return null;
                }
                first.put(facet.getKey(), kept);
            }
        }
        return new Ordered(count, first);
    }

    /** The order of a page over rows: {@code orderBy} over the values {@code projection} puts in each document. */
    static Comparator<Row> order(Document orderBy, Document projection, RowLayout layout) {
        return FieldValues.comparator(orderBy, key -> projected(projection, key, layout));
    }

    /**
     * @param storeOrder null when the rows come in the store's order (ties keep it); else it breaks ties
     * @param rest runs stages on documents as the pipeline would ({@code CoveredPipeline}'s own loop)
     */
    Document run(
            Stream<Row> rows,
            RowLayout layout,
            Comparator<Object> storeOrder,
            BiFunction<List<Document>, Stream<Document>, List<Document>> rest) {
        List<Page> pages = pages(layout, null, storeOrder);
        long[] matches = {0};
        rows.forEachOrdered(row -> {
            matches[0]++;
            for (Page page : pages) {
                if (page != null) {
                    page.offer(row);
                }
            }
        });
        return result(pages, matches[0], layout, rest);
    }

    /** The same from the first rows of kept orders ({@link #orderedFrom}). */
    Document run(Ordered ordered, RowLayout layout, BiFunction<List<Document>, Stream<Document>, List<Document>> rest) {
        return result(pages(layout, ordered, null), ordered.count(), layout, rest);
    }

    private List<Page> pages(RowLayout layout, Ordered ordered, Comparator<Object> storeOrder) {
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, Object> facet : facets.entrySet()) {
            @SuppressWarnings("unchecked")
            List<Document> stages = (List<Document>) facet.getValue();
            pages.add(
                    counts(stages)
                            ? null
                            : new Page(
                                    stages,
                                    layout,
                                    ordered == null ? null : ordered.first().get(facet.getKey()),
                                    storeOrder));
        }
        return pages;
    }

    private Document result(
            List<Page> pages,
            long matches,
            RowLayout layout,
            BiFunction<List<Document>, Stream<Document>, List<Document>> rest) {
        Function<Row, Document> project = layout.projection(projection);
        Document result = new Document();
        int i = 0;
        for (Map.Entry<String, Object> facet : facets.entrySet()) {
            Page page = pages.get(i++);
            if (page == null) {
                @SuppressWarnings("unchecked")
                String name =
                        (String) ((List<Document>) facet.getValue()).get(0).get("$count");
                result.put(facet.getKey(), matches == 0 ? List.of() : List.of(new Document(name, sum(matches))));
            } else {
                result.put(
                        facet.getKey(), rest.apply(page.after(), page.ranked().map(project)));
            }
        }
        return result;
    }

    /** What {@code $count}'s {@code $sum} of ones gives in mongo-java-server: an int while it fits. */
    private static Number sum(long count) {
        if (count == (int) count) { // not a conditional expression: it would promote both to long
            return Integer.valueOf((int) count);
        }
        return Long.valueOf(count);
    }

    private static boolean counts(List<Document> stages) {
        return stages.size() == 1 && stages.get(0).size() == 1 && stages.get(0).get("$count") instanceof String;
    }

    private static boolean pages(List<Document> stages) {
        return !stages.isEmpty()
                && stages.get(0).get("$sort") instanceof Document
                && CoveredPipeline.limitFollows(stages, 0);
    }

    /** Whether every sort key is a field the projection puts in each document (or leaves out when missing). */
    private static boolean sortsProjectedFields(Document sortStage, Document projection) {
        for (String key : ((Document) sortStage.get("$sort")).keySet()) {
            Object spec = projection.get(key);
            boolean implicitId = key.equals(CoveredFields.ID) && !projection.containsKey(key);
            if (!implicitId && !(spec instanceof String) && !(spec != null && Utils.isTrue(spec))) {
                return false;
            }
        }
        return true;
    }

    /** One paging facet: the first {@code skip + limit} of the matches in its order. */
    private final class Page {
        private final Document orderBy;
        private final int keep;
        private final FirstRanked<Row> best;
        private final List<Row> first;
        private final long skip;
        private final List<Document> after;

        /**
         * @param first the first {@code skip + limit} rows in order when known, else null (they are offered)
         * @param storeOrder breaks ties when the rows are offered in no order; null: ties keep the order offered
         */
        Page(List<Document> stages, RowLayout layout, List<Row> first, Comparator<Object> storeOrder) {
            this.orderBy = (Document) stages.get(0).get("$sort");
            int next = 1;
            long skipped = 0;
            if (stages.get(next).containsKey("$skip")) {
                skipped = ((Number) stages.get(next).get("$skip")).longValue();
                next++;
            }
            long limit = ((Number) stages.get(next).get("$limit")).longValue();
            this.skip = Math.max(0, skipped);
            this.after = stages.subList(next + 1, stages.size());
            this.keep = (int) Math.min(Integer.MAX_VALUE / 2, skip + limit);
            this.first = first;
            Comparator<Row> order = first == null ? order(orderBy, projection, layout) : null;
            if (order != null && storeOrder != null) {
                order = order.thenComparing(Row::position, storeOrder);
            }
            this.best = order == null ? null : new FirstRanked<>(order, keep);
        }

        void offer(Row row) {
            best.offer(row);
        }

        Stream<Row> ranked() {
            return (first != null ? first : best.sorted()).stream().skip(skip);
        }

        List<Document> after() {
            return after;
        }
    }

    /** The value the projection puts under {@code key}, read from the row ({@link FieldValues#projection}). */
    private static Function<Row, Object> projected(Document projection, String key, RowLayout layout) {
        Object spec = projection.containsKey(key) ? projection.get(key) : Boolean.TRUE;
        if (spec instanceof String path) {
            Function<Row, Object> read = layout.reader(path.substring(1));
            return row -> {
                Object value = read.apply(row);
                return value instanceof Document ? Expression.evaluateDocument(spec, row.document()) : value;
            };
        }
        return layout.reader(key); // an inclusion: the value as it is
    }
}
