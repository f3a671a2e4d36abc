/** Unit tests of the tokenizer and the ranking. */
package org.openintl.news.search;
