package fr.vigie.partners;

import java.util.UUID;

/** A key just issued: {@code apiKey} is shown this once and stored only as a salted hash. */
record IssuedKey(UUID partnerId, String partnerName, UUID keyId, String prefix, String apiKey) {
}
