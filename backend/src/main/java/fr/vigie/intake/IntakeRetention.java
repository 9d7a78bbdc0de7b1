package fr.vigie.intake;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.vigie.triage.ReportsRemoved;

/** The intake records of reports the retention job deletes go with them, in its transaction. */
@Component
class IntakeRetention {

    private final IntakeSubmissions submissions;

    IntakeRetention(IntakeSubmissions submissions) {
        this.submissions = submissions;
    }

    @EventListener
    void on(ReportsRemoved removed) {
        submissions.forget(removed.ids());
    }
}
