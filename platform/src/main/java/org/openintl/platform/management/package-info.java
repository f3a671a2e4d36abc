/** Actuator on a port of its own, never the API's (ADR 0461). */
package org.openintl.platform.management;
