/**
 * CloudEvents 1.0 on Kafka in binary content mode (docs/events.md): writing outbox entries as records; consuming
 * through {@link org.openintl.platform.events.EventSubscription}s, whose records the
 * {@link org.openintl.platform.events.EventIntake} checks (source, type, subject, the type's JSON Schema) before a
 * handler sees them; the sequence rule of projections; dead-lettering of records that cannot be handled.
 */
package org.openintl.platform.events;
