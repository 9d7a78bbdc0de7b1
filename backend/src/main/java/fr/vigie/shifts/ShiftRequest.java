package fr.vigie.shifts;

import java.util.List;

/**
 * A shift as a coordinator plans it ({@code POST} and {@code PUT /api/v1/shifts}). Instants are
 * ISO-8601 with an offset; everything is text so that each bad value is answered naming its field.
 *
 * @param username null with {@code slots}: an open shift that workers sign up for
 * @param repeat   {@code {"weekly": true, "until": "2026-12-31"}}: one shift per week until that
 *                 day (Paris), same local hours
 */
public record ShiftRequest(String username, String start, String end, String kind, List<String> platforms,
        List<String> departments, Repeat repeat, Integer slots) {

    public record Repeat(Boolean weekly, String until) {
    }
}
