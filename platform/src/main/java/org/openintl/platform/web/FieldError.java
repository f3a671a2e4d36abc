package org.openintl.platform.web;

/** One invalid field of a request, as listed in a validation ProblemDetail's {@code errors}. */
public record FieldError(String field, String message) {}
