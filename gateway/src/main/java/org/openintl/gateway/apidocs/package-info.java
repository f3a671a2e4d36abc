/**
 * One API document: Swagger UI at {@code /swagger-ui.html} shows the gateway's own endpoints and each service's
 * OpenAPI document (routed from {@code /v3/api-docs/<service>}), all with the bearer scheme.
 */
@NullMarked
package org.openintl.gateway.apidocs;

import org.jspecify.annotations.NullMarked;
