/**
 * Who may call what: every {@code /api/**} call needs a valid JWT, writes need the role of the service's domain (or
 * ADMIN), and refusals are 401/403 ProblemDetails. The services check the same token again (docs/security.md).
 */
@NullMarked
package org.openintl.gateway.security;

import org.jspecify.annotations.NullMarked;
