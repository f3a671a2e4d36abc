/**
 * Imports and exports of every register (docs/imports.md): a register plugs its columns, row parsing and natural key
 * into {@link org.openintl.platform.imports.ImportRegister}; {@link org.openintl.platform.imports.ImportJobs} runs the
 * job (202 + progress, per-line errors, created / matched / refused, dry run, resumable); CSV and {@code .xlsx} are
 * read as streams ({@link org.openintl.platform.imports.TableReader}) and written as streams ({@link
 * org.openintl.platform.imports.TableWriter}); {@link org.openintl.platform.imports.ImportTemplate} builds the
 * workbook to fill in.
 */
package org.openintl.platform.imports;
