/** Figures the university is measured by, for the API and for the dashboards (Micrometer gauges). */
package org.openintl.partnership.stats;
