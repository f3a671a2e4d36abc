/**
 * The deadlines of a foreign expert's documents and contract: pure rules, no Spring. When each is announced (once
 * per deadline and window) is decided by the platform's shared engine, {@code org.openintl.platform.deadlines}, the
 * same as for students (ADR 0640).
 */
package org.openintl.faculty.document;
