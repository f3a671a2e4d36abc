package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.Arrays;
import org.h2.mvstore.type.ObjectDataType;

/**
 * A unique index's key as H2 stores it: the Java serialization of mongo-java-server's {@link KeyValue}
 * ({@link ObjectDataType#serialize}). The index's map holds these bytes instead of the key objects, so that reading a
 * page of the index copies bytes instead of deserializing every key of it, and a comparison compares bytes, as H2
 * does for keys that are not {@link Comparable} (see {@link SerializedKeyType}).
 */
record SerializedKey(byte[] bytes) {

    static SerializedKey of(KeyValue key) {
        return new SerializedKey(ObjectDataType.serialize(key));
    }

    /** The key object, deserialized: only for going through every entry of an index, which is rare. */
    KeyValue keyValue() {
        return (KeyValue) ObjectDataType.deserialize(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SerializedKey k && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SerializedKey[" + bytes.length + " bytes]";
    }
}
