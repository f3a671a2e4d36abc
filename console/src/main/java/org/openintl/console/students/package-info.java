/** Students: search, a student's page with documents and deadlines, moves, registration and edits, import, export. */
package org.openintl.console.students;
