/** W3C trace context carried from an HTTP request into the events it causes, and from an event into its effects. */
package org.openintl.platform.tracing;
