/** Actuator on a port of its own, never the API's (ADR 0461); for the gateway and every service alike. */
@NullMarked
package org.openintl.boot.management;

import org.jspecify.annotations.NullMarked;
