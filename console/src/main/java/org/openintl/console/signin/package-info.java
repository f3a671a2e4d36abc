/**
 * Signing in through the issuer the API trusts: the gateway's local issuer (a form whose password the console posts
 * to {@code /auth/token} on the server side) or an OIDC provider such as Keycloak (authorization code + PKCE).
 * Either way the session holds the user's access token and the roles it carries (ADR 0590).
 */
package org.openintl.console.signin;
