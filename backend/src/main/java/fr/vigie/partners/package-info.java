/**
 * Partner organisations that push reports through the API, and their API keys: issuing keys
 * (stored as salted hashes), recognising the partner behind a {@code Bearer} key, rate limits per
 * partner, bootstrapping the {@code bootstrap} partner.
 *
 * <p>Public API: {@link fr.vigie.partners.PartnerIdentity} (the principal of a partner's call,
 * named {@code partner:<name>}) and {@link fr.vigie.partners.PartnerDirectory}; for identity's
 * security chain, the partner API's filters ({@link fr.vigie.partners.PartnerKeyAuthenticationFilter},
 * {@link fr.vigie.partners.PartnerApiRouting}), its endpoints ({@link fr.vigie.partners.PartnerEndpoints})
 * and {@link fr.vigie.partners.PartnerRateLimits}.
 */
package fr.vigie.partners;
