/**
 * Full-text search that works without {@code $text}: texts become terms (character bigrams for Chinese, Japanese and
 * Korean, lower-cased words for everything else) that the service stores with each document, and matches are ranked by
 * where the terms occur. Plain Java, no storage.
 */
package org.openintl.news.search;
