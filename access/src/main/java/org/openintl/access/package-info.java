/**
 * Who may call what, written once and used by the gateway (reactive) and every service (servlet): the {@link
 * org.openintl.access.Role}s, the areas of the API and their {@link org.openintl.access.AccessRules}, how a token's
 * claims name the caller ({@link org.openintl.access.ClaimMapping}) and the {@link org.openintl.access.ProblemType}s
 * of the answers. Plain Java, so that neither side's web stack leaks into the other (docs/security.md).
 */
@NullMarked
package org.openintl.access;

import org.jspecify.annotations.NullMarked;
