package fr.vigie.shifts;

import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.vigie.triage.QueueScope;
import fr.vigie.triage.QueueScopes;

/** The queue follows the shift: a worker on shift sees her shift's platforms and départements. */
@Component
class ShiftQueueScopes implements QueueScopes {

    private final Duty duty;
    private final ShiftProperties properties;

    ShiftQueueScopes(Duty duty, ShiftProperties properties) {
        this.duty = duty;
        this.properties = properties;
    }

    @Override
    public Optional<QueueScope> of(String username) {
        return duty.workerShiftOf(username, duty.now()).map(shift -> new QueueScope(shift.shiftId(),
                shift.scope().platforms(), shift.scope().departments(), properties.workersMayWiden()));
    }

    @Override
    public java.util.Set<String> onShift() {
        return duty.workersOnShift(duty.now()).stream().map(Duty.OnShift::username)
                .collect(java.util.stream.Collectors.toSet());
    }
}
