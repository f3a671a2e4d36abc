/** A service shaped as the shared architecture rules ask. */
package org.openintl.archgood;
