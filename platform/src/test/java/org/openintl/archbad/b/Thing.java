package org.openintl.archbad.b;

import org.springframework.http.HttpStatus;

/** Breaks the rules on purpose: a domain record holding a Spring type. */
public record Thing(String name, HttpStatus status) {}
