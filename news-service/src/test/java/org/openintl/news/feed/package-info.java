/** Unit tests of the Atom feed: validity and escaping. */
package org.openintl.news.feed;
