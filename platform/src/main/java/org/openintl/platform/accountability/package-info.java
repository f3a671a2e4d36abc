/**
 * Who did something and in which request: the {@link org.openintl.platform.accountability.Actor} every write records
 * in its aggregate's change log, and the {@code X-Request-Id} that ties it to the gateway's access log.
 */
package org.openintl.platform.accountability;
