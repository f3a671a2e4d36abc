package org.openintl.console.api;

/** The signed-in user's access token for the API, renewed where the identity provider allows it. */
public interface UserToken {

    /** @throws ApiProblem with status 401 when there is no (longer a) usable token: the user signs in again */
    String current();
}
