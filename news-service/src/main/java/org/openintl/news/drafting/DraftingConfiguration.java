package org.openintl.news.drafting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the drafting settings ({@link DraftingProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DraftingProperties.class)
class DraftingConfiguration {}
