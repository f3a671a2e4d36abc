/**
 * CloudEvents 1.0 on Kafka in binary content mode (DESIGN.md §3): writing outbox entries as records, reading records
 * as events, the sequence rule of projections, and dead-lettering of records that cannot be handled.
 */
package org.openintl.platform.events;
