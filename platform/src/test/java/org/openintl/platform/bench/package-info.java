/** Benchmarks (not tests): commands that print figures, each beside its direct baseline. */
package org.openintl.platform.bench;
