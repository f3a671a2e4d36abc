/**
 * Atom 1.0 feeds of published articles, one per language ({@code GET /api/news/feed.atom?lang=zh}), optionally per
 * theme, written with the JDK's StAX writer so that every text is escaped by the XML library, not by hand.
 */
package org.openintl.news.feed;
