/** Partners and partnerships: search and filters, a partnership's page with its history and moves, forms. */
package org.openintl.console.partnerships;
