/**
 * The architecture rules every service shares ({@link org.openintl.platform.architecture.ServiceArchitectureRules}),
 * shipped in the platform's test-jar and proven here on fixtures of the right and the wrong shape.
 */
package org.openintl.platform.architecture;
