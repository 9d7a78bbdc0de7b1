/**
 * Everything Vigie needs from the outside world and nothing of its domain: the embedded
 * PostgreSQL, Kafka and Elasticsearch servers started when no external one is configured,
 * published as Spring Boot {@code ConnectionDetails} so that no feature knows which it got;
 * the Kafka topic catalogue; web plumbing (single-page-app routing, problem details).
 * <p>
 * Depends on no feature package.
 */
package fr.vigie.infrastructure;
