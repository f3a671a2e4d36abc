/**
 * Imports and exports of partners and partnerships on the platform's shared import job
 * ({@code org.openintl.platform.imports}): each register's columns, a row read into the API's create request, the
 * natural keys under which a record that is there already is matched, the job endpoints, the templates and the
 * exports (docs/partnership-service.md).
 */
package org.openintl.partnership.importing;
