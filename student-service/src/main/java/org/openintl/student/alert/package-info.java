/**
 * What is due: the alerts list ({@code GET /api/students/alerts}) and the scans (at start-up and on a schedule)
 * that publish each deadline warning once per window.
 */
package org.openintl.student.alert;
