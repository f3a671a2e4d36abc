/** The gateway's API as the console calls it: with the signed-in user's token, answers as maps, problems as exceptions. */
package org.openintl.console.api;
