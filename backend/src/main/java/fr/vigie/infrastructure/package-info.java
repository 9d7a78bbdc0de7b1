/**
 * Everything Vigie needs from the outside world and nothing of its domain: the embedded
 * PostgreSQL, Kafka and Elasticsearch servers started when no external one is configured,
 * published as Spring Boot {@code ConnectionDetails} so that no feature knows which it got;
 * the Kafka topic catalogue; the transactional outbox; web plumbing (problem details, request
 * size limit, OpenAPI, single-page-app routing).
 *
 * <p>API for the features: this package's public types ({@link fr.vigie.infrastructure.VigieProperties},
 * {@link fr.vigie.infrastructure.SecretFiles}…) and three named interfaces: {@code web}
 * ({@code infrastructure.web}: {@code Problems}, {@code FieldProblem}, {@code StorableText}),
 * {@code outbox} ({@code infrastructure.outbox.Outbox}) and {@code postgres}
 * ({@code infrastructure.postgres.AdvisoryLockKeys}, {@code PostgresNotifications}). The embedded servers are internal.
 * <p>
 * Depends on no feature package.
 */
package fr.vigie.infrastructure;
