package org.openintl.platform.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;

/** The type a bound query parameter had to become, looked up on the record it binds to. */
final class BindingTargets {

    private BindingTargets() {}

    /** The component's type, or its element type for a list ({@code List<StudentStatus>}); null if unknown. */
    static Class<?> elementType(Class<?> target, String field) {
        if (target == null || !target.isRecord()) {
            return null;
        }
        for (RecordComponent c : target.getRecordComponents()) {
            if (c.getName().equals(field)) {
                Type generic = c.getGenericType();
                if (generic instanceof ParameterizedType p
                        && p.getActualTypeArguments().length == 1
                        && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                    return element;
                }
                return c.getType();
            }
        }
        return null;
    }
}
