package org.openintl.gateway.overview;

import org.openintl.gateway.routing.Backend;

/** A section of the overview: its JSON field, the service that owns it and where that service publishes it. */
enum Part {
    PARTNERSHIPS("partnerships", Backend.PARTNERSHIP, "/api/partnerships/stats"),
    STUDENTS("students", Backend.STUDENT, "/api/students/stats"),
    NEWS("news", Backend.NEWS, "/api/news/stats"),
    FACULTY("faculty", Backend.FACULTY, "/api/faculty/stats");

    private final String field;
    private final Backend backend;
    private final String statsPath;

    Part(String field, Backend backend, String statsPath) {
        this.field = field;
        this.backend = backend;
        this.statsPath = statsPath;
    }

    String field() {
        return field;
    }

    Backend backend() {
        return backend;
    }

    String statsPath() {
        return statsPath;
    }
}
