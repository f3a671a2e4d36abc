package org.openintl.localstack.mongo;

import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the unique indexes' maps: the same bytes on disk and the same order as H2's own
 * {@link ObjectDataType} gives mongo-java-server's keys, which are not {@link Comparable} (a tag, the length, the Java
 * serialization; ordered by those bytes), but the keys stay bytes in the heap.
 *
 * <p>With H2's type, every page of an index read from the file deserialized each of its keys, and a B-tree search
 * serialized both keys of every comparison: with 20,000 students being imported, 40 % of the embedded server's CPU
 * went to reading index pages, most of it Java deserialization (JFR, docs/embedded-database.md). Files written by
 * stock mongo-java-server read the same, and the other way round ({@code UniqueIndexKeysTest}).
 */
final class SerializedKeyType extends BasicDataType<SerializedKey> {

    /** H2's tag for a Java-serialized object ({@code ObjectDataType.TYPE_SERIALIZED_OBJECT}, not visible here). */
    static final byte SERIALIZED_OBJECT = 19;

    private static final ObjectDataType H2 = new ObjectDataType();

    @Override
    public int compare(SerializedKey a, SerializedKey b) {
        return a == b ? 0 : ObjectDataType.compareNotNull(a.bytes(), b.bytes());
    }

    @Override
    public int getMemory(SerializedKey key) {
        return key.bytes().length + 40; // the array, its header and the record
    }

    @Override
    public void write(WriteBuffer buffer, SerializedKey key) {
        buffer.put(SERIALIZED_OBJECT).putVarInt(key.bytes().length).put(key.bytes());
    }

    @Override
    public SerializedKey read(ByteBuffer buffer) {
        int start = buffer.position();
        if (buffer.get() != SERIALIZED_OBJECT) {
            // not written for a KeyValue: read it as H2 would and keep its serialization, for the same order
            buffer.position(start);
            return new SerializedKey(ObjectDataType.serialize(H2.read(buffer)));
        }
        byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
        buffer.get(bytes);
        return new SerializedKey(bytes);
    }

    @Override
    public SerializedKey[] createStorage(int size) {
        return new SerializedKey[size];
    }
}
