package fr.vigie.shifts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vigie.shifts.*}.
 *
 * @param maxLength       the longest shift (SPEC, data protection: workers' exposure is limited by
 *                        the length of their shifts)
 * @param restPeriod      the least time between two shifts of one worker (the French daily rest is
 *                        11 hours): without it, two short shifts back to back would make a long one
 * @param maxWeeks        how many weeks a weekly recurrence may cover
 * @param maxWindow       the longest period one calendar request may ask for
 * @param workersMayWiden whether a worker on shift may widen her queue beyond her scope
 * @param exposure        what a worker may read in one shift before she and her coordinator are warned
 */
@ConfigurationProperties("vigie.shifts")
public record ShiftProperties(
        @DefaultValue("8h") Duration maxLength,
        @DefaultValue("11h") Duration restPeriod,
        @DefaultValue("26") int maxWeeks,
        @DefaultValue("62d") Duration maxWindow,
        @DefaultValue("true") boolean workersMayWiden,
        @DefaultValue Exposure exposure) {

    /**
     * @param budget   reports read (each counted once per shift)
     * @param p1Budget P1 reports read: the hardest to read, with a budget of their own
     */
    public record Exposure(@DefaultValue("40") int budget, @DefaultValue("12") int p1Budget) {
    }
}
