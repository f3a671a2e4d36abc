package org.openintl.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/** The store's order as the rows compare it ({@link CoveredCollection#storeOrder}) is H2's order of the keys. */
class StoreOrderTest {

    @Test
    void ordersKeysAsH2Does() {
        ObjectDataType h2 = new ObjectDataType();
        Comparator<Object> ours = CoveredCollection.storeOrder(h2);
        Random random = new Random(11);
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            keys.add(new UUID(random.nextLong(), random.nextLong()));
        }
        keys.add(new UUID(Long.MIN_VALUE, 0));
        keys.add(new UUID(Long.MAX_VALUE, -1));
        keys.add(new UUID(0, Long.MIN_VALUE));
        keys.addAll(List.of("a", "b", 1L, 2, -3L, 4.5));
        for (Object a : keys) {
            for (Object b : keys) {
                assertThat(Integer.signum(ours.compare(a, b)))
                        .as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(h2.compare(a, b)));
            }
        }
    }
}
