/** What every page shares: the language switch, the roles the pages ask about, how API problems are shown. */
package org.openintl.console.web;
