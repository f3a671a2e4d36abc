package org.openintl.platform.imports;

import java.time.Duration;

/**
 * How a register's import jobs run (each service binds them from its properties, e.g. {@code intl.students.imports}).
 *
 * @param chunkSize rows staged per chunk document; progress is saved after each chunk
 * @param maxRows the largest file accepted
 * @param maxErrors row errors kept in the job (all refusals are counted)
 * @param lease how long a job belongs to the instance working on it without news; after that another instance (or the
 *     same one after a restart) resumes it
 * @param rowThreads rows of one chunk processed in parallel
 * @param maxInterruptions how often a job may be resumed after its worker stopped without handing it over; the next
 *     interruption marks it FAILED instead, so that a job that brings its process down cannot do so for ever
 */
public record ImportSettings(
        int chunkSize, int maxRows, int maxErrors, Duration lease, int rowThreads, int maxInterruptions) {}
