/** Foreign experts, high-end talent and staff going abroad (faculty-service): lists, a record's page, forms, moves. */
package org.openintl.console.faculty;
