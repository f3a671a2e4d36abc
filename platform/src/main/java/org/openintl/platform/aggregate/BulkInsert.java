package org.openintl.platform.aggregate;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Inserts many documents in one command, where a document whose key exists already is left out rather than an error:
 * one commit of the embedded server for all of them instead of one each (docs/embedded-database.md).
 */
public final class BulkInsert {

    private BulkInsert() {}

    /**
     * Inserts the documents unordered: every one whose unique key is free is inserted, whatever happens to the others.
     *
     * @return the positions (in {@code documents}) of those left out because their key existed
     * @throws MongoBulkWriteException when any document failed for another reason (the others may be inserted)
     */
    public static <D> Set<Integer> skippingDuplicateKeys(MongoCollection<D> collection, List<? extends D> documents) {
        Set<Integer> duplicates = new HashSet<>();
        if (documents.isEmpty()) {
            return duplicates;
        }
        try {
            collection.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                duplicates.add(error.getIndex());
            }
        }
        return duplicates;
    }
}
