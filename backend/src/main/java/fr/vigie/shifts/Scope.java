package fr.vigie.shifts;

import java.util.List;

/**
 * The part of the queue a shift is about: platforms and départements; an empty list means all of
 * them. A report without a département is outside a scope limited to départements (it cannot be
 * said to be in hers).
 */
public record Scope(List<String> platforms, List<String> departments) {

    public static final Scope EVERYTHING = new Scope(List.of(), List.of());

    public Scope {
        platforms = List.copyOf(platforms);
        departments = List.copyOf(departments);
    }

    public boolean covers(String platform, String department) {
        return (platforms.isEmpty() || platforms.contains(platform))
                && (departments.isEmpty() || (department != null && departments.contains(department)));
    }

    public boolean everything() {
        return platforms.isEmpty() && departments.isEmpty();
    }
}
