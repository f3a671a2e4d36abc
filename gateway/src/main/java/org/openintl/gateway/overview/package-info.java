/** {@code GET /api/overview}: the three services' statistics in one answer, degraded rather than failed. */
@NullMarked
package org.openintl.gateway.overview;

import org.jspecify.annotations.NullMarked;
