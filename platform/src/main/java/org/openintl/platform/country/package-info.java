/** The ISO 3166-1 country list shipped with the platform: names in English and Chinese, continent, Belt and Road. */
package org.openintl.platform.country;
