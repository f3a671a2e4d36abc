/** Tests of the news service through HTTP, topics and documents. */
package org.openintl.news;
