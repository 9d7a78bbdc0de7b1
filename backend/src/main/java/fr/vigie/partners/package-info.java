/**
 * Partner organisations that push reports through the API, and their API keys: issuing keys
 * (stored as salted hashes), recognising the partner behind a {@code Bearer} key, bootstrapping
 * the {@code bootstrap} partner. Public API: {@link fr.vigie.partners.PartnerDirectory} and
 * {@link fr.vigie.partners.PartnerIdentity}.
 */
package fr.vigie.partners;
