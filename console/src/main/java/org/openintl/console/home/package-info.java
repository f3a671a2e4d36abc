/** The home page: the office's figures and what is due this week. */
package org.openintl.console.home;
