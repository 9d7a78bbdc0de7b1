package fr.vigie.triage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of the queue ended, in triage order: band, reporter-flagged immediate danger first
 * ({@code danger} 0), score highest first, oldest first, then id. Given back to the client as an
 * opaque {@code after} token (base64url); the next page starts strictly after it, so a report is
 * listed once however the queue moves between pages.
 */
record QueueCursor(PriorityBand priority, int danger, int score, Instant receivedAt, UUID id) {

    static final String INVALID = "curseur invalide : reprenez celui de la page précédente / "
            + "invalid cursor: use the one the previous page gave";
    private static final int LONGEST = 200;

    String token() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, receivedAt);
        var plain = priority + "~" + danger + "~" + score + "~" + micros + "~" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** @throws IllegalArgumentException when the token is not one this class wrote */
    static QueueCursor parse(String token) {
        if (token == null || token.isEmpty() || token.length() > LONGEST) {
            throw new IllegalArgumentException(INVALID);
        }
        String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII).split("~", -1);
        if (parts.length != 5) {
            throw new IllegalArgumentException(INVALID);
        }
        int danger = Integer.parseInt(parts[1]);
        if (danger != 0 && danger != 1) {
            throw new IllegalArgumentException(INVALID);
        }
        long micros = Long.parseLong(parts[3]);
        if (micros < 0 || micros > 253_402_300_799_000_000L) { // up to year 9999
            throw new IllegalArgumentException(INVALID);
        }
        return new QueueCursor(PriorityBand.valueOf(parts[0]), danger, Integer.parseInt(parts[2]),
                Instant.EPOCH.plus(micros, ChronoUnit.MICROS), UUID.fromString(parts[4]));
    }
}
