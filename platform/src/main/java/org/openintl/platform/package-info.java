/** Shared plumbing used by every service: the aggregate store, the outbox relay, CloudEvents on Kafka, projections, ProblemDetails. */
package org.openintl.platform;
