/**
 * The web console (docs/console.md): it reads and writes only through the gateway's API with the signed-in user's
 * token, so the API's roles and rules are the ones that hold; the pages hide what a role may not use.
 */
package org.openintl.console;
