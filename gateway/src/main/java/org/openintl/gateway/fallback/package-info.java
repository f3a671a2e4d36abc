/** What a caller gets when a service is down, too slow or cut off by its circuit breaker. */
@NullMarked
package org.openintl.gateway.fallback;

import org.jspecify.annotations.NullMarked;
