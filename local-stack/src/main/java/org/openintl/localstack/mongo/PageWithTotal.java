package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.backend.aggregation.Expression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The services' list with its total in one pass over the rows ({@code SortedIds.pageWithTotal}):
 * {@code [$match, $project of fields, $facet{<total>: [$count], <page>: [$sort, ($skip), $limit, ...]}]}.
 *
 * <p>The general path projects every match into a new document and holds all of them for the facet. Here each match
 * is only counted and its sort keys read from the row; the first {@code skip + limit} by sort order (ties in the
 * store's order) are kept. Then mongo-java-server's own stages compute both facets from what they would have seen
 * that matters: the page facet from those candidates (projected as the general path projects them, in their
 * original order, so its {@code $sort} ranks them exactly as before) and the count facet from as many documents as
 * matched. Anything else, or a sort key that is a document, takes the general path.
 */
final class PageWithTotal {

    /** Pipelines answered here since the server started (a figure for tests and measurements). */
    static final LongAdder ANSWERED = new LongAdder();

    private static final Document COUNTED = new Document();

    private PageWithTotal() {}

    /** The answer, or empty when the pipeline is not of this shape. */
    static Optional<List<Document>> run(
            List<Document> pipeline, List<Document> rows, Function<Document, Aggregation> stageOf) {
        Shape shape = Shape.of(pipeline);
        if (shape == null) {
            return Optional.empty();
        }
        RowFilter matching = new RowFilter(shape.match);
        Comparator<Candidate> ranking = shape.ranking();
        PriorityQueue<Candidate> best = new PriorityQueue<>(Math.min(shape.keep, 1024) + 1, ranking.reversed());
        long matched = 0;
        for (Document row : rows) {
            if (!matching.test(row)) {
                continue;
            }
            Object[] keys = shape.keys(row);
            if (keys == null) {
                return Optional.empty();
            }
            Candidate candidate = new Candidate(row, keys, matched++);
            if (best.size() < shape.keep) {
                best.add(candidate);
            } else if (ranking.compare(candidate, best.peek()) < 0) {
                best.poll();
                best.add(candidate);
            }
        }
        List<Candidate> kept = new ArrayList<>(best);
        kept.sort(Comparator.comparingLong(Candidate::seq)); // the order the facet would have seen them in
        List<Document> page = new ArrayList<>(kept.size());
        kept.forEach(c -> page.add(FieldValues.project(shape.projection, c.row)));
        long count = matched;
        Document result = new Document();
        for (Map.Entry<String, Object> facet : shape.facets.entrySet()) {
            @SuppressWarnings("unchecked")
            List<Document> stages = (List<Document>) facet.getValue();
            Stream<Document> input = facet.getKey().equals(shape.pageFacet)
                    ? page.stream()
                    : Stream.generate(() -> COUNTED).limit(count);
            result.put(facet.getKey(), CoveredPipeline.run(stages, input, stageOf));
        }
        ANSWERED.increment();
        return Optional.of(List.of(result));
    }

    private record Candidate(Document row, Object[] keys, long seq) {}

    /** The pipeline's parts, when it has this shape. */
    private record Shape(
            Document match,
            Document projection,
            Document facets,
            String pageFacet,
            List<String> sortKeys,
            List<Comparator<Object>> orders,
            int keep) {

        static Shape of(List<Document> pipeline) {
            if (pipeline.size() != 3
                    || !(pipeline.get(0).get("$match") instanceof Document match)
                    || !(pipeline.get(1).get("$project") instanceof Document projection)
                    || !FieldValues.projectsFields(projection)
                    || !(pipeline.get(2).get("$facet") instanceof Document facets)
                    || pipeline.stream().anyMatch(stage -> stage.size() != 1)) {
                return null;
            }
            String pageFacet = null;
            Document sort = null;
            int keep = 0;
            for (Map.Entry<String, Object> facet : facets.entrySet()) {
                if (!(facet.getValue() instanceof List<?> stages) || stages.isEmpty()) {
                    return null;
                }
                if (stages.size() == 1
                        && stages.get(0) instanceof Document only
                        && only.get("$count") instanceof String) {
                    continue;
                }
                if (pageFacet != null || !(stages.get(0) instanceof Document first)) {
                    return null;
                }
                keep = keep(stages);
                if (keep <= 0 || !(first.get("$sort") instanceof Document order) || order.isEmpty()) {
                    return null;
                }
                pageFacet = facet.getKey();
                sort = order;
            }
            if (pageFacet == null) {
                return null;
            }
            List<String> sortKeys = new ArrayList<>(sort.keySet());
            List<Comparator<Object>> orders = new ArrayList<>();
            for (String key : sortKeys) {
                if (key.contains(".") // a path into a projected document: the general path reads it
                        || !(sort.get(key) instanceof Number n)
                        || (n.intValue() != 1 && n.intValue() != -1)) {
                    return null;
                }
                orders.add(n.intValue() > 0 ? ValueComparator.asc() : ValueComparator.desc());
            }
            return new Shape(match, projection, facets, pageFacet, sortKeys, orders, keep);
        }

        /** {@code skip + limit} of a facet that starts {@code $sort, ($skip), $limit}; 0 otherwise. */
        private static int keep(List<?> stages) {
            int next = 1;
            long skip = 0;
            if (next < stages.size() && stages.get(next) instanceof Document s && s.get("$skip") instanceof Number n) {
                skip = n.longValue();
                next++;
            }
            if (next < stages.size()
                    && stages.get(next) instanceof Document l
                    && l.get("$limit") instanceof Number n
                    && n.longValue() > 0
                    && skip >= 0
                    && skip + n.longValue() < Integer.MAX_VALUE / 2) {
                return (int) (skip + n.longValue());
            }
            return 0;
        }

        /** What the sort sees of a row: the values its projection gives the sort keys; null for a document. */
        Object[] keys(Document row) {
            Object[] keys = new Object[sortKeys.size()];
            for (int i = 0; i < keys.length; i++) {
                Object value = projected(sortKeys.get(i), row);
                if (value instanceof Document) {
                    return null;
                }
                keys[i] = value;
            }
            return keys;
        }

        /** The value {@link FieldValues#project} gives field {@code name} of a row, {@code Missing} if none. */
        private Object projected(String name, Document row) {
            Object spec = projection.get(name);
            if (spec == null && !projection.containsKey(name)) {
                return name.equals(CoveredFields.ID) ? FieldValues.value(row, name) : Missing.getInstance();
            }
            if (spec instanceof String path) {
                Object value = FieldValues.value(row, path.substring(1));
                return value instanceof Document ? Expression.evaluateDocument(spec, row) : value;
            }
            return Utils.isTrue(spec) ? FieldValues.value(row, name) : Missing.getInstance();
        }

        Comparator<Candidate> ranking() {
            Comparator<Candidate> byKeys = (a, b) -> {
                for (int i = 0; i < orders.size(); i++) {
                    int cmp = orders.get(i).compare(a.keys[i], b.keys[i]);
                    if (cmp != 0) {
                        return cmp;
                    }
                }
                return 0;
            };
            return byKeys.thenComparingLong(Candidate::seq);
        }
    }
}
