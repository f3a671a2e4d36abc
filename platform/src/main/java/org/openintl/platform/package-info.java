/** Shared plumbing used by every service: outbox, CloudEvents on Kafka, projections, ProblemDetails. */
package org.openintl.platform;
