package fr.vigie.shifts;

import java.time.Instant;

import org.springframework.stereotype.Component;

import fr.vigie.triage.Readings;

/** A worker's exposure this shift: reports read (each once) and P1 read, against her budgets. */
@Component
class Exposures {

    /**
     * @param remaining   reports she may still read before the budget is reached (never below 0)
     * @param p1Remaining the same for P1 reports
     */
    record Exposure(int reportsRead, int p1Read, int budget, int remaining, int p1Budget, int p1Remaining) {
        boolean reached() {
            return remaining == 0 || p1Remaining == 0;
        }
    }

    private final Readings readings;
    private final ShiftProperties properties;

    Exposures(Readings readings, ShiftProperties properties) {
        this.readings = readings;
        this.properties = properties;
    }

    Exposure of(Duty.OnShift shift, Instant now) {
        var read = readings.between(shift.username(), shift.start(), now.plusMillis(1));
        int budget = properties.exposure().budget();
        int p1Budget = properties.exposure().p1Budget();
        return new Exposure(read.reportsRead(), read.p1Read(), budget, Math.max(0, budget - read.reportsRead()), p1Budget,
                Math.max(0, p1Budget - read.p1Read()));
    }
}
