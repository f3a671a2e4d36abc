/** Rules that keep the service's architecture as documented. */
package org.openintl.partnership.architecture;
