/** Unit tests of the generated drafts' texts and ids. */
package org.openintl.news.drafting;
