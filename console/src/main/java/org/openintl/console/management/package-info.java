/** The console's management port, as the services have it. */
package org.openintl.console.management;
