/** Actuator on a port of its own, never the public one (ADR 0461). */
@NullMarked
package org.openintl.gateway.management;

import org.jspecify.annotations.NullMarked;
