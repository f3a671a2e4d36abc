/** Test fixtures shared by every service's integration tests (published as the platform test-jar). */
package org.openintl.platform.testing;
