/** Statistics of experts, talent and staff trips: {@code GET /api/faculty/stats} and the Micrometer gauges. */
package org.openintl.faculty.stats;
