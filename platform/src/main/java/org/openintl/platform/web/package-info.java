/** HTTP conventions shared by the services: RFC 9457 ProblemDetails, ETags, paging. */
package org.openintl.platform.web;
