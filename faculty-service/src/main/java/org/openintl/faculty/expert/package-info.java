/**
 * Foreign experts (外籍专家) from candidate to departure: the aggregate with its lifecycle, documents, deadlines and
 * sealed personal data, the application service that stores it with its events, and its HTTP API.
 */
package org.openintl.faculty.expert;
