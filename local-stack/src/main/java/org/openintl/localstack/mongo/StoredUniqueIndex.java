package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import java.util.AbstractMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;

/**
 * What mongo-java-server's {@code H2UniqueIndex} is (same map, same entries on disk; its constructor is not visible
 * here), over a map that keeps its keys serialized ({@link SerializedKeyType}): a key is serialized once per call.
 */
final class StoredUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<SerializedKey, Object> map;

    StoredUniqueIndex(MVMap<SerializedKey, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return map.remove(SerializedKey.of(key));
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return map.putIfAbsent(SerializedKey.of(key), Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return () -> {
            Iterator<Map.Entry<SerializedKey, Object>> entries = map.entrySet().iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return entries.hasNext();
                }

                @Override
                public Map.Entry<KeyValue, Object> next() {
                    Map.Entry<SerializedKey, Object> e = entries.next();
                    return new AbstractMap.SimpleImmutableEntry<>(e.getKey().keyValue(), e.getValue());
                }
            };
        };
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return map.get(SerializedKey.of(key));
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
