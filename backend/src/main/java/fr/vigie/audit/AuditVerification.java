package fr.vigie.audit;

/**
 * The result of walking the whole chain.
 *
 * @param intact    true if every row's hash matches its content and links to the previous row
 * @param checked   how many rows were read
 * @param headSeq   the last row's sequence number (note it, with headHash, outside Vigie: a chain
 *                  cut at its end can only be detected against such an external note)
 * @param brokenAt  the first row at fault, when not intact
 * @param problem   what is wrong there, when not intact
 */
public record AuditVerification(boolean intact, long checked, Long headSeq, String headHash, Long brokenAt,
        String problem) {
}
