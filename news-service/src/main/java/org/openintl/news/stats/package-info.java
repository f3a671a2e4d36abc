/**
 * What the office and its dashboards count: {@code GET /api/news/stats} (part of the gateway's overview) and the
 * {@code intl.news.*} metrics.
 */
package org.openintl.news.stats;
