/** What one caller or one request may take: requests per second per user (429) and body size per route (413). */
@NullMarked
package org.openintl.gateway.limits;

import org.jspecify.annotations.NullMarked;
