package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which paths a collection's rows hold read in advance ({@link Row}): {@code _id} and every indexed path. A reader of
 * one of them takes the value from the row; of any other path (one inside an indexed path, say) from the row's
 * document, as does a path that goes through an array, where mongo-java-server's own rules apply. Either way the
 * value is the one {@link FieldValues#value} reads from the row's document.
 */
final class RowLayout {

    /** No path read in advance: rows made of plain documents (a pipeline's later stages). */
    static final RowLayout NONE = new RowLayout(Set.of());

    private final String[] paths;
    private final Map<String, Integer> positions = new HashMap<>();

    RowLayout(Collection<String> paths) {
        Set<String> all = new LinkedHashSet<>();
        if (!paths.isEmpty()) {
            all.add(CoveredFields.ID);
        }
        all.addAll(paths);
        this.paths = all.toArray(String[]::new);
        for (int i = 0; i < this.paths.length; i++) {
            positions.put(this.paths[i], i);
        }
    }

    Row row(Object position, Document document) {
        Object[] values = new Object[paths.length];
        for (int i = 0; i < paths.length; i++) {
            values[i] = FieldValues.plain(document, paths[i]);
        }
        return new Row(position, document, values);
    }

    /** A row of a document not held by a collection, whose values are read from it when asked. */
    static Row wrap(Document document) {
        return NONE.row(null, document);
    }

    /** Reads {@code path} of a row made by this layout. */
    Function<Row, Object> reader(String path) {
        Integer position = positions.get(path);
        Function<Document, Object> fromDocument = FieldValues.reader(path);
        if (position == null) {
            return row -> fromDocument.apply(row.document());
        }
        int at = position;
        return row -> {
            Object value = row.value(at);
            return value == FieldValues.SLOW ? fromDocument.apply(row.document()) : value;
        };
    }

    /** mongo-java-server's sort order of documents ({@link FieldValues#comparator}) over rows. */
    Comparator<Row> comparator(Document orderBy) {
        return FieldValues.comparator(orderBy, this::reader);
    }

    /** A {@code $project} that {@link FieldValues#projectsFields} accepts, over rows. */
    Function<Row, Document> projection(Document projection) {
        return FieldValues.projection(projection, this::reader, Row::document);
    }

    /** The bytes a row's values add to its document in the heap (the values themselves are the document's). */
    long extraBytes() {
        return 24 + 16 + 4L * paths.length;
    }
}
