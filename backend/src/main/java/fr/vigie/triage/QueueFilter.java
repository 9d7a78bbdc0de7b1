package fr.vigie.triage;

/**
 * What a worker asks of the queue. Without filters: the open reports, plus her own follow-ups
 * that are due.
 *
 * @param status    one status instead of the open ones
 * @param mine      only the reports she holds
 * @param followUps only her follow-ups that are due
 * @param teamFollowUps the due follow-ups of colleagues who are not on shift now: the team sees them
 * @param after     where the previous page ended (null: the first page)
 */
record QueueFilter(PriorityBand band, String platform, String department, ReportStatus status, boolean mine,
        boolean followUps, boolean teamFollowUps, int limit, QueueCursor after) {
}
