package org.openintl.faculty.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * The filters of {@code GET /api/faculty/audit}, all optional, combined with AND.
 *
 * @param actor the reader's token subject
 * @param subject entries that showed this expert, talent record or trip
 * @param from entries at or after this instant (ISO 8601, e.g. {@code 2026-11-28T00:00:00Z})
 * @param to entries before this instant
 */
public record AuditQuery(String actor, UUID subject, String action, String requestId, Instant from, Instant to) {}
