package org.openintl.news.drafting;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Drafting settings ({@code intl.news.drafting.*}).
 *
 * @param zone the university's time zone: the date of an event in a draft is the local date there
 */
@ConfigurationProperties("intl.news.drafting")
record DraftingProperties(@DefaultValue("Asia/Shanghai") ZoneId zone) {}
