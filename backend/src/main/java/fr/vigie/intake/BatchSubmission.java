package fr.vigie.intake;

import java.util.List;

/** The body of {@code POST /api/v1/reports/batch}, for the API description: up to 500 reports. */
record BatchSubmission(List<ReportSubmission> reports) {
}
