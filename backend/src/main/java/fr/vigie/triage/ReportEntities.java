package fr.vigie.triage;

import java.util.List;

/**
 * What the analysis found in a report's text (SPEC's {@code entities}): phone numbers in E.164,
 * handles, stated ages, birth years, school levels, places.
 */
public record ReportEntities(List<String> phones, List<String> handles, List<Integer> ages, List<Integer> birthYears,
        List<String> schoolLevels, List<String> places) {

    public static ReportEntities none() {
        return new ReportEntities(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
