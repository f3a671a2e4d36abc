/** A minimal service used to test the platform through its public interfaces (HTTP, topics, documents). */
package org.openintl.platform.sample;
