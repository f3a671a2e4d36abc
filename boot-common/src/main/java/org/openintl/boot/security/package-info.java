/** The checks of a token's claims (ADR 0460), one validator for the gateway's and the services' decoders. */
@NullMarked
package org.openintl.boot.security;

import org.jspecify.annotations.NullMarked;
