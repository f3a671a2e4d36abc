/** The one feature of the well-shaped fixture. */
package org.openintl.archgood.thing;
