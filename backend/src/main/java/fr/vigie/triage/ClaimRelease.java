package fr.vigie.triage;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * Part of triage's API, for shifts: at a handover, everything a worker holds goes back to the
 * queue (each release announced like any other, so every open workbench sees it).
 */
@Service
public class ClaimRelease {

    private final Workbench workbench;

    ClaimRelease(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Lets go of everything this worker holds (her shift ended); the ids released. */
    public List<UUID> releaseAllOf(String worker) {
        return workbench.releaseAllOf(worker);
    }
}
