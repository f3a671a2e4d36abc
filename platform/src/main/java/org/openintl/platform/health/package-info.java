/** Health indicators for what Spring Boot does not check itself. */
package org.openintl.platform.health;
