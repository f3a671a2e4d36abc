/**
 * Spreadsheets in and out for every register (students, partners, partnerships): upload a CSV or Excel file (or check
 * it first), follow the job, download the template and the exports; the API does the work.
 */
package org.openintl.console.imports;
