/**
 * Fixtures of the gateway's integration tests: {@link org.openintl.gateway.testing.GatewayIntegrationTest}, the base
 * class that starts the whole gateway in front of the {@link org.openintl.gateway.testing.Backends}, stand-ins
 * ({@link org.openintl.gateway.testing.StubService}) for the services it routes to, and
 * {@link org.openintl.gateway.testing.GatewayTokens} to call it with.
 */
package org.openintl.gateway.testing;
