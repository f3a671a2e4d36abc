/** News: the editorial workflow with the three languages side by side, generated drafts, the preview. */
package org.openintl.console.news;
