/**
 * The deadlines of a foreign expert's documents and contract (pure rules, no Spring) and when each is announced:
 * once per deadline and window, like the students' (ADR 0006, 0101). The windows' policy will come from the
 * platform's shared deadline engine once it is there (issue 17).
 */
package org.openintl.faculty.document;
