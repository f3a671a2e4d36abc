/**
 * Who read the faculty service's personal data: every answer that included it (an expert, a talent candidate, a trip
 * with the staff member's name, lists, alerts) is recorded with who, when, what and how many, and ADMIN reads the log
 * at {@code GET /api/faculty/audit} (as for students, ADR 0481).
 */
package org.openintl.faculty.audit;
