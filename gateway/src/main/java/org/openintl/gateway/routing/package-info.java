/** The services behind the gateway and where they live; the routes themselves are declared in application.yml. */
@NullMarked
package org.openintl.gateway.routing;

import org.jspecify.annotations.NullMarked;
