/**
 * People and access: user accounts and roles ({@code WORKER}, {@code COORDINATOR},
 * {@code ADMIN}; {@code PARTNER} for API keys), session login for the workbench with
 * single-page-app CSRF protection, the security rules of every endpoint, browser hardening
 * headers, and the bootstrap administrator.
 *
 * <p>Public API: {@link fr.vigie.identity.UserAccounts} (the accounts, e.g. to check that a
 * person exists and has a role) and {@link fr.vigie.identity.Role}. Controllers, the security
 * configuration, the password policy, login throttling and the second factor are package-private.
 */
package fr.vigie.identity;
