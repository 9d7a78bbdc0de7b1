/**
 * The transactional outbox (ADR 0006), the one mechanism by which a feature publishes an event
 * beyond its transaction: {@link fr.vigie.infrastructure.outbox.Outbox#append} in the caller's
 * transaction, published to Kafka by the package-private relay once committed.
 * <p>
 * Named interface {@code outbox}.
 */
@org.springframework.modulith.NamedInterface("outbox")
package fr.vigie.infrastructure.outbox;
