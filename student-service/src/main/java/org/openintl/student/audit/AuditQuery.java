package org.openintl.student.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * The filters of {@code GET /api/audit}, all optional, combined with AND.
 *
 * @param actor the reader's token subject
 * @param student entries that showed this student
 * @param from entries at or after this instant (ISO 8601, e.g. {@code 2026-11-28T00:00:00Z})
 * @param to entries before this instant
 */
public record AuditQuery(String actor, UUID student, String action, String requestId, Instant from, Instant to) {}
