/**
 * International students (来华留学) from application to alumni: the aggregate with its lifecycle, documents and
 * sealed personal data, the application service that stores it with its events, and its HTTP API.
 */
package org.openintl.student.student;
