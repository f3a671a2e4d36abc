/** The single entry point of the system: routes {@code /api/**} to the services and answers the overview itself. */
@NullMarked
package org.openintl.gateway;

import org.jspecify.annotations.NullMarked;
