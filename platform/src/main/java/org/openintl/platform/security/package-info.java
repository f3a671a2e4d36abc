/**
 * Every service verifies the caller's JWT itself (defence in depth behind the gateway) and enforces who may write;
 * {@link org.openintl.platform.security.CurrentUser} tells a controller who is calling, e.g. whether personal data
 * may be shown. See docs/security.md.
 */
package org.openintl.platform.security;
