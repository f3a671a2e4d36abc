/** Unit tests of the statistics. */
package org.openintl.news.stats;
