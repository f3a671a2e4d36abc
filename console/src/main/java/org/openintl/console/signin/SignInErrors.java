package org.openintl.console.signin;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;

/** The sign-in page's message for a failed attempt, named in its query string (never the exception's text). */
final class SignInErrors {

    private SignInErrors() {}

    static String code(AuthenticationException exception) {
        if (exception instanceof LocalIssuerSignIn.SignInThrottled) {
            return "throttled";
        }
        if (exception instanceof AuthenticationServiceException) {
            return "unavailable";
        }
        return "bad";
    }
}
