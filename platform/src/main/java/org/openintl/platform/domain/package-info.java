/**
 * Plain-Java building blocks that service domain models may use: values and the exceptions that the web layer maps
 * to ProblemDetails. Nothing here depends on Spring, Kafka or MongoDB.
 */
package org.openintl.platform.domain;
