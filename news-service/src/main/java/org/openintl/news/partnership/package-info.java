/**
 * The service's projection of partnerships, built from {@code intl.partnerships.v1}: it validates the partnerships
 * articles link to and tells the drafting when a partnership was signed. Partner events on the same topic are ignored.
 */
package org.openintl.news.partnership;
