/**
 * The local token issuer for runs without an identity provider: {@code POST /auth/token} for users from
 * configuration, signed with a key pair kept under the data directory and published at
 * {@code /.well-known/jwks.json}. Off ({@code intl.issuer.enabled=false}) where Keycloak or the campus identity
 * provider issues the tokens.
 */
@NullMarked
package org.openintl.gateway.issuer;

import org.jspecify.annotations.NullMarked;
