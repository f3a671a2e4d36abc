package org.openintl.faculty.trip;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param reportDueDays the trip report is due this many days after the return */
@Validated
@ConfigurationProperties("intl.faculty.trips")
public record TripProperties(@DefaultValue("30") @Min(1) int reportDueDays) {}
