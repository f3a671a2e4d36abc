/**
 * Who read students' personal data: every answer that included it (a student, a list, alerts with names, an export)
 * is recorded with who, when, what and how many, and ADMIN reads the log at {@code GET /api/audit} (ADR 0481).
 */
package org.openintl.student.audit;
