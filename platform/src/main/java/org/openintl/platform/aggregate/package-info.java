/**
 * The versioned store of every aggregate, one document each: a state change, its version bump and its events are one
 * single-document update (ADR 0001); idempotent creates by derived id (ADR 0003); the change log (ADR 0482); sorted
 * pages read by id. It exposes what its writes left to publish through {@link
 * org.openintl.platform.aggregate.PendingEvents}, which the relay in {@code outbox} reads.
 */
package org.openintl.platform.aggregate;
