package org.openintl.archbad.b;

import org.bson.conversions.Bson;
import org.openintl.archbad.a.Cyclic;
import org.springframework.context.annotation.Lazy;

/** Breaks the rules on purpose: a cycle back to {@code a}, Bson outside a repository, {@code @Lazy}. */
public class Other {
    Cyclic back;
    Bson filter;

    Other(@Lazy Cyclic back) {
        this.back = back;
    }
}
