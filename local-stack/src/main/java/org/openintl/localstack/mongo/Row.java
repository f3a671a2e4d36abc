package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.bson.Document;

/**
 * One document's covered fields ({@link CoveredRows}): the row document that mongo-java-server's matcher and stages
 * read, and the value at each of its layout's paths read once when the row was made ({@link RowLayout}). Walking the
 * nested documents of every row for every filter, projection and sort was most of a list's time (three hash-table
 * look-ups per path and row, each a cache miss at 20,000 rows; docs/embedded-database.md). Never changed once made
 * (a write replaces the row), but for the mark a search's union of candidates sets.
 */
final class Row {

    private final Object position;
    private final Document document;
    private final Object[] values;
    /** The last search that took this row ({@link CoveredRows}, under its collection's lock): the only mutable part. */
    long searchMark;

    Row(Object position, Document document, Object[] values) {
        this.position = position;
        this.document = document;
        this.values = values;
    }

    /** Where its document is in the store (its key there); null for a document not held by a collection. */
    Object position() {
        return position;
    }

    Document document() {
        return document;
    }

    /** The value at the layout's {@code index}-th path, or {@link FieldValues#SLOW}. */
    Object value(int index) {
        return values[index];
    }

    int width() {
        return values.length;
    }
}
