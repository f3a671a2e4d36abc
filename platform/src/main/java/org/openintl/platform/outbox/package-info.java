/**
 * The relay of the transactional outbox: it publishes what the aggregate stores' writes left in their documents
 * ({@link org.openintl.platform.aggregate.PendingEvents}) to Kafka and removes each event once the broker
 * acknowledged it. Nothing outside this package depends on it except its auto-configuration.
 */
package org.openintl.platform.outbox;
