/** Every error the gateway itself answers is an RFC 9457 ProblemDetail with a stable {@code type}, never HTML. */
@NullMarked
package org.openintl.gateway.problem;

import org.jspecify.annotations.NullMarked;
