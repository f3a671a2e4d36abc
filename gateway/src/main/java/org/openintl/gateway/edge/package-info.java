/**
 * What every response of the gateway carries and every request leaves behind: security headers, CORS for configured
 * origins only, the W3C {@code traceparent} and an access log line.
 */
@NullMarked
package org.openintl.gateway.edge;

import org.jspecify.annotations.NullMarked;
