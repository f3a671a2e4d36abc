/**
 * Numbers the university is measured by: {@code GET /api/students/stats} (by status, nationality, continent,
 * category, funding and college; Belt-and-Road share; degree vs non-degree; scholarship vs self-funded; documents
 * due) and the {@code intl.students.*} gauges the dashboards read.
 */
package org.openintl.student.stats;
