/**
 * Spreadsheets: CSV import as a resumable background job ({@code POST /api/students/imports}) and streaming CSV
 * export of the filtered list ({@code GET /api/students/export}). The columns are the API's field names, nested
 * ones flattened ({@code fundingType}, {@code fundingProgram}, {@code contactEmail}, {@code contactPhone}).
 */
package org.openintl.student.importing;
