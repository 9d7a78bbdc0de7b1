package fr.vigie.shifts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.vigie.triage.Escalations;
import fr.vigie.triage.Readings;
import fr.vigie.triage.ServiceLevels;

/**
 * The alert rules, as they hold now: triage's service levels (a report nobody holds past its
 * band's time, a claim without decision too long), every escalation waiting for a coordinator,
 * and every worker on shift who reached her exposure budget.
 */
@Component
class AlertConditions {

    /** One thing a coordinator must act on; {@code subject} names it among those of its kind. */
    record Condition(AlertKind kind, String subject, UUID reportId, String priority, String platform, String department,
            String worker, Instant since) {
    }

    private final ServiceLevels serviceLevels;
    private final Escalations escalations;
    private final Exposures exposures;
    private final Duty duty;

    AlertConditions(ServiceLevels serviceLevels, Escalations escalations, Exposures exposures, Duty duty) {
        this.serviceLevels = serviceLevels;
        this.escalations = escalations;
        this.exposures = exposures;
        this.duty = duty;
    }

    List<Condition> at(Instant now) {
        var conditions = new ArrayList<Condition>();
        for (var breach : serviceLevels.breaches(now)) {
            var kind = breach.kind() == ServiceLevels.Kind.UNCLAIMED ? AlertKind.UNCLAIMED : AlertKind.CLAIMED_UNDECIDED;
            conditions.add(new Condition(kind, breach.reportId().toString(), breach.reportId(), breach.priority().name(),
                    breach.platform(), breach.department(), breach.worker(), breach.since()));
        }
        for (var escalation : escalations.open()) {
            conditions.add(new Condition(AlertKind.ESCALATION, escalation.reportId().toString(), escalation.reportId(),
                    escalation.priority().name(), escalation.platform(), escalation.department(), escalation.escalatedBy(),
                    escalation.escalatedAt()));
        }
        for (var shift : duty.workersOnShift(now)) {
            var exposure = exposures.of(shift, now);
            if (exposure.reached()) {
                conditions.add(new Condition(AlertKind.EXPOSURE, shift.shiftId().toString(), null, null, null, null,
                        shift.username(), now));
            }
        }
        return conditions;
    }

    /** Whether this read may have brought its reader to her budget: then the rules are checked at once. */
    boolean mayHaveReachedBudget(Readings.ReportRead read) {
        return duty.workerShiftOf(read.reader(), read.at()).map(s -> exposures.of(s, read.at()).reached()).orElse(false);
    }
}
