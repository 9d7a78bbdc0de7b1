package fr.vigie.triage;

import java.util.List;
import java.util.UUID;

/**
 * The part of the queue a worker on shift sees by default: her shift's platforms and départements
 * (an empty list: all of them). A report without a département is outside a scope limited to
 * départements.
 *
 * @param shiftId  the shift it comes from
 * @param mayWiden whether she may ask for the whole queue ({@code ?scope=all})
 */
public record QueueScope(UUID shiftId, List<String> platforms, List<String> departments, boolean mayWiden) {

    public QueueScope {
        platforms = List.copyOf(platforms);
        departments = List.copyOf(departments);
    }

    boolean covers(String platform, String department) {
        return (platforms.isEmpty() || platforms.contains(platform))
                && (departments.isEmpty() || (department != null && departments.contains(department)));
    }
}
