/**
 * People and access: user accounts and roles ({@code WORKER}, {@code COORDINATOR},
 * {@code ADMIN}; {@code PARTNER} for API keys), session login for the workbench with
 * single-page-app CSRF protection, the security rules of every endpoint, browser hardening
 * headers, and the bootstrap administrator.
 */
package fr.vigie.identity;
