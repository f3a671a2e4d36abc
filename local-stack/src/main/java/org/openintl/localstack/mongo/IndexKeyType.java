package org.openintl.localstack.mongo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the unique indexes' maps: H2's own {@link ObjectDataType}, the same bytes on disk and the same
 * order, but each key's Java serialization is computed once and remembered while the key object lives.
 *
 * <p>mongo-java-server's index keys ({@link KeyValue}) are not {@link Comparable}, so H2 orders them by their
 * serialized bytes and serialized both keys on every comparison of a B-tree search, and every key of a page again
 * on every commit: a third of the embedded server's CPU while an import wrote (JFR, docs/embedded-database.md). The
 * order is kept exactly ({@link ObjectDataType#compareNotNull} over {@link ObjectDataType#serialize}, as H2 does), so
 * files written before read the same. Keys are remembered by identity (weakly: a key dropped from the page cache
 * is forgotten) and at most {@link #REMEMBERED} of them.
 */
final class IndexKeyType extends ObjectDataType {

    /** About 250 bytes each (a one-field key), so at most about 25 MB of the server's heap. */
    static final int REMEMBERED = 100_000;

    /** H2's tag for a Java-serialized object ({@code ObjectDataType.TYPE_SERIALIZED_OBJECT}, not visible here). */
    private static final byte SERIALIZED_OBJECT = 19;

    // one for every index of the server, so that the bound holds for all; weakKeys() compares keys by identity:
    // equal keys of different number types serialize differently
    private static final Cache<Object, byte[]> serialized =
            Caffeine.newBuilder().weakKeys().maximumSize(REMEMBERED).build();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue && b instanceof KeyValue) {
            return a == b ? 0 : compareNotNull(bytes(a), bytes(b));
        }
        return super.compare(a, b);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (value instanceof KeyValue) {
            byte[] data = bytes(value);
            buffer.put(SERIALIZED_OBJECT).putVarInt(data.length).put(data);
            return;
        }
        super.write(buffer, value);
    }

    /** H2's estimate for a serialized object converges on twice its size; used for cache and page sizes only. */
    @Override
    public int getMemory(Object value) {
        return value instanceof KeyValue ? 2 * bytes(value).length : super.getMemory(value);
    }

    private static byte[] bytes(Object key) {
        return serialized.get(key, ObjectDataType::serialize);
    }
}
