/** The {@code X-Request-Id} that ties a caller's request to the services' logs and to the answer it got. */
@NullMarked
package org.openintl.gateway.requestid;

import org.jspecify.annotations.NullMarked;
