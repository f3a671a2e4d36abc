/** The one MongoDB client each service has, configured for records and standard UUIDs. */
package org.openintl.platform.mongo;
