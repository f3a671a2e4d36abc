package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Aggregations that can run over a collection's rows ({@link CoveredRows}) instead of its documents: the pipelines
 * the services send for lists and counts ({@code $match}, {@code $project} of fields, {@code $sort}, {@code $skip},
 * {@code $limit}, {@code $count}, a {@code $group} that counts, {@code $facet} of those). A pipeline qualifies only
 * when every stage reads fields that the rows hold in full, so it computes the same answer from them.
 *
 * <p>Each stage is mongo-java-server's own, except that a {@code $sort} followed by a {@code $limit} keeps only the
 * first {@code skip + limit} in a heap instead of sorting every match (the same stable order).
 */
final class CoveredPipeline {

    private CoveredPipeline() {}

    static boolean covers(List<Document> pipeline, CoveredFields fields) {
        return covers(pipeline, (Predicate<String>) fields::covers);
    }

    private static boolean covers(List<Document> pipeline, Predicate<String> available) {
        Predicate<String> fields = available;
        for (int i = 0; i < pipeline.size(); i++) {
            Document stage = pipeline.get(i);
            if (stage.size() != 1) {
                return false;
            }
            String name = stage.keySet().iterator().next();
            Object spec = stage.get(name);
            switch (name) {
                case "$match" -> {
                    if (!(spec instanceof Document filter) || !CoveredFields.coversFilter(filter, fields)) {
                        return false;
                    }
                }
                case "$sort" -> {
                    if (!(spec instanceof Document order)
                            || !order.keySet().stream().allMatch(fields)) {
                        return false;
                    }
                }
                case "$skip", "$limit" -> {
                    if (!(spec instanceof Number)) {
                        return false;
                    }
                }
                case "$project" -> {
                    fields = projected(spec, fields);
                    if (fields == null) {
                        return false;
                    }
                }
                case "$count" -> {
                    if (!(spec instanceof String counted)) {
                        return false;
                    }
                    fields = only(Set.of(counted));
                }
                case "$group" -> {
                    fields = counted(spec);
                    if (fields == null) {
                        return false;
                    }
                }
                case "$facet" -> {
                    if (!(spec instanceof Document facets) || i != pipeline.size() - 1) {
                        return false;
                    }
                    for (Object facet : facets.values()) {
                        if (!(facet instanceof List<?> stages)
                                || !stages.stream().allMatch(Document.class::isInstance)
                                || !covers(
                                        stages.stream()
                                                .map(Document.class::cast)
                                                .toList(),
                                        fields)) {
                            return false;
                        }
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The fields after a {@code $project} that only includes available fields or renames them ({@code "$path"}); null
     * when it computes anything (its result would then depend on fields the rows may not hold).
     */
    private static Predicate<String> projected(Object spec, Predicate<String> available) {
        if (!(spec instanceof Document projection) || projection.isEmpty()) {
            return null;
        }
        Set<String> out = new java.util.HashSet<>();
        boolean withId = true;
        boolean includes = false;
        for (Map.Entry<String, Object> field : projection.entrySet()) {
            String key = field.getKey();
            Object value = field.getValue();
            if (isOne(value) && available.test(key)) {
                out.add(key);
                includes = true;
            } else if (value instanceof String path
                    && path.startsWith("$")
                    && !path.startsWith("$$")
                    && available.test(path.substring(1))) {
                out.add(key); // not an inclusion: without one mongo-java-server keeps every other field too
            } else if (key.equals(CoveredFields.ID) && isZero(value)) {
                withId = false;
            } else {
                return null;
            }
        }
        if (!includes) {
            return null; // an exclusion keeps every other field of the document: the row has fewer
        }
        if (withId && available.test(CoveredFields.ID)) {
            out.add(CoveredFields.ID);
        }
        return only(out);
    }

    /** The fields of a {@code $group} by a constant whose accumulators count ({@code {$sum: 1}}), or null. */
    private static Predicate<String> counted(Object spec) {
        if (!(spec instanceof Document group) || !group.containsKey(CoveredFields.ID)) {
            return null;
        }
        Object id = group.get(CoveredFields.ID);
        if (id instanceof Document || id instanceof List<?> || (id instanceof String s && s.startsWith("$"))) {
            return null;
        }
        for (Map.Entry<String, Object> field : group.entrySet()) {
            if (!field.getKey().equals(CoveredFields.ID)
                    && !(field.getValue() instanceof Document sum
                            && sum.size() == 1
                            && sum.get("$sum") instanceof Number)) {
                return null;
            }
        }
        return only(group.keySet());
    }

    private static Predicate<String> only(Set<String> names) {
        Set<String> copy = Set.copyOf(names);
        return path -> copy.contains(path) || copy.stream().anyMatch(name -> path.startsWith(name + "."));
    }

    private static boolean isOne(Object value) {
        return Boolean.TRUE.equals(value) || (value instanceof Number n && n.doubleValue() == 1);
    }

    private static boolean isZero(Object value) {
        return Boolean.FALSE.equals(value) || (value instanceof Number n && n.doubleValue() == 0);
    }

    /** The filter of the pipeline's first stage when it is a {@code $match}: every row it passes on must pass it. */
    static Document firstMatch(List<Document> pipeline) {
        return !pipeline.isEmpty() && pipeline.get(0).get("$match") instanceof Document filter ? filter : null;
    }

    /**
     * A pipeline's input: rows, and how they hold their values; the rows are in the store's order, or, for a list's
     * page and total ({@link #pagedList}), in no order with {@code storeOrder} to break ties as the store's order
     * would; or the first rows of each page from the orders the collection keeps, and the total.
     */
    record Input(List<Row> rows, RowLayout layout, PagedFacet.Ordered ordered, Comparator<Object> storeOrder) {

        Input(List<Row> rows, RowLayout layout) {
            this(rows, layout, null, null);
        }
    }

    /** A list's page and total: its filter (empty for none) and the {@code $project} and {@code $facet} after it. */
    record PagedList(Document filter, PagedFacet facet) {}

    /**
     * The page and total of a list ({@code $match} stages of which at most one filters, then {@code $project} and a
     * {@code $facet} that {@link PagedFacet} answers), which the rows' kept orders can answer; null otherwise.
     */
    static PagedList pagedList(List<Document> pipeline) {
        Document filter = new Document();
        int i = 0;
        while (i < pipeline.size() && pipeline.get(i).get("$match") instanceof Document match) {
            if (!match.isEmpty()) {
                if (!filter.isEmpty()) {
                    return null;
                }
                filter = match;
            }
            i++;
        }
        if (i + 2 != pipeline.size()
                || !(pipeline.get(i).get("$project") instanceof Document projection)
                || !FieldValues.projectsFields(projection)) {
            return null;
        }
        PagedFacet facet = PagedFacet.of(projection, pipeline.get(i + 1));
        return facet == null ? null : new PagedList(filter, facet);
    }

    /**
     * Runs a covered pipeline over the rows: its leading {@code $match} stages and a {@code $project} of fields right
     * after them read the values the rows hold ({@link RowLayout}), the rest runs on documents. {@code stageOf}
     * compiles one stage with mongo-java-server's own implementation.
     */
    static List<Document> run(List<Document> pipeline, Input input, Function<Document, Aggregation> stageOf) {
        if (input.ordered() != null) {
            return List.of(pagedList(pipeline)
                    .facet()
                    .run(input.ordered(), input.layout(), (stages, page) -> run(stages, page, stageOf)));
        }
        Stream<Row> rows = input.rows().stream();
        int i = 0;
        while (i < pipeline.size() && pipeline.get(i).get("$match") instanceof Document filter) {
            rows = rows.filter(new RowFilter(filter, input.layout()));
            i++;
        }
        Stream<Document> documents;
        if (i < pipeline.size()
                && pipeline.get(i).get("$project") instanceof Document projection
                && FieldValues.projectsFields(projection)) {
            PagedFacet paged = i + 2 == pipeline.size() ? PagedFacet.of(projection, pipeline.get(i + 1)) : null;
            if (paged != null) {
                return List.of(paged.run(
                        rows, input.layout(), input.storeOrder(), (stages, page) -> run(stages, page, stageOf)));
            }
            documents = rows.map(input.layout().projection(projection));
            i++;
        } else {
            documents = rows.map(Row::document);
        }
        return run(pipeline.subList(i, pipeline.size()), documents, stageOf);
    }

    private static List<Document> run(
            List<Document> pipeline, Stream<Document> input, Function<Document, Aggregation> stageOf) {
        Stream<Document> stream = input;
        for (int i = 0; i < pipeline.size(); i++) {
            Document stage = pipeline.get(i);
            String name = stage.keySet().iterator().next();
            if (name.equals("$sort") && limitFollows(pipeline, i)) {
                long skip = 0;
                int next = i + 1;
                if (pipeline.get(next).containsKey("$skip")) {
                    skip = ((Number) pipeline.get(next).get("$skip")).longValue();
                    next++;
                }
                long limit = ((Number) pipeline.get(next).get("$limit")).longValue();
                stream = firstSorted(stream, (Document) stage.get("$sort"), skip, limit);
                i = next;
            } else if (name.equals("$facet")) {
                List<Document> all = stream.collect(Collectors.toList());
                Document result = new Document();
                for (Map.Entry<String, Object> facet : ((Document) stage.get("$facet")).entrySet()) {
                    @SuppressWarnings("unchecked")
                    List<Document> stages = (List<Document>) facet.getValue();
                    result.put(facet.getKey(), run(stages, all.stream(), stageOf));
                }
                stream = Stream.of(result);
            } else if (name.equals("$match") && stage.get("$match") instanceof Document filter) {
                stream = stream.filter(RowFilter.ofDocuments(filter));
            } else if (name.equals("$project")
                    && stage.get("$project") instanceof Document projection
                    && FieldValues.projectsFields(projection)) {
                stream = stream.map(FieldValues.projection(projection, FieldValues::reader, Function.identity()));
            } else {
                stream = stageOf.apply(stage).runStagesAsStream(stream);
            }
        }
        return stream.collect(Collectors.toList());
    }

    /** {@code $sort} then ({@code $skip}) then {@code $limit}, at {@code i}. */
    static boolean limitFollows(List<Document> pipeline, int i) {
        int next = i + 1;
        if (next < pipeline.size() && pipeline.get(next).containsKey("$skip")) {
            next++;
        }
        return next < pipeline.size()
                && pipeline.get(next).get("$limit") instanceof Number n
                && n.longValue() > 0
                && n.longValue() < Integer.MAX_VALUE / 2;
    }

    /** The documents a stable sort puts at {@code skip} ... {@code skip + limit}, holding at most that many. */
    private static Stream<Document> firstSorted(Stream<Document> input, Document orderBy, long skip, long limit) {
        int keep = (int) Math.min(Integer.MAX_VALUE / 2, Math.max(0, skip) + limit);
        FirstRanked<Document> best = new FirstRanked<>(FieldValues.comparator(orderBy), keep);
        input.forEachOrdered(best::offer);
        return best.sorted().stream().skip(Math.max(0, skip));
    }
}
