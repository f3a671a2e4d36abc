/** {@code GET /api/overview}: the four services' statistics in one answer, degraded rather than failed. */
@NullMarked
package org.openintl.gateway.overview;

import org.jspecify.annotations.NullMarked;
