package org.openintl.platform.web;

import java.util.List;

/** The body of every list endpoint (docs/platform.md). */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public static <T> PageResult<T> of(List<T> items, PageRequest request, long total) {
        return new PageResult<>(items, request.page(), request.size(), total);
    }
}
