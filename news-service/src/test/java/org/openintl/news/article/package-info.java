/** Unit tests of the article domain: workflow, per-language publishing, slugs, events. */
package org.openintl.news.article;
