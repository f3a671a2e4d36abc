/** Benchmarks run by hand (not tests): see docs/student-service.md for the command and the last results. */
package org.openintl.student.bench;
