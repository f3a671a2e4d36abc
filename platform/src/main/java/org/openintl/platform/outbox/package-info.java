/**
 * The transactional outbox kept inside each aggregate document: a state change, its version bump and its events are
 * one single-document update, and a relay publishes the events to Kafka and removes them once acknowledged.
 */
package org.openintl.platform.outbox;
