/**
 * Articles: per-language content with translation status and slugs, the editorial workflow (DRAFT, IN_REVIEW,
 * PUBLISHED, ARCHIVED), the events published about them, their storage with a search index, and the HTTP API
 * ({@code /api/news}).
 */
package org.openintl.news.article;
