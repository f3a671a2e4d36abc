package org.openintl.platform.web;

import org.openintl.platform.domain.InvalidInputException;

/** A bounded page of a list ({@code ?page=&size=}, size at most {@value #MAX_SIZE}). */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int skip() {
        return Math.multiplyExact(page, size);
    }
}
