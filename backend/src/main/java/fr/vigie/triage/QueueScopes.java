package fr.vigie.triage;

import java.util.Optional;

/**
 * Says which part of the queue a person sees by default. Triage does not know shifts: the feature
 * that plans them provides this; without it everyone sees the whole queue.
 */
public interface QueueScopes {

    /** Her scope now; empty when she is off shift (she then sees the whole queue, as before shifts). */
    Optional<QueueScope> of(String username);

    /** Who is on a worker shift now: the follow-ups of the others are visible to the team. */
    java.util.Set<String> onShift();
}
