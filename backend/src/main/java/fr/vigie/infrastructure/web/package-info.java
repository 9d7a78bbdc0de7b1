/**
 * Web plumbing every feature shares: problem documents written before Spring MVC is reached
 * ({@link fr.vigie.infrastructure.web.ProblemWriter}), text that can be stored
 * ({@link fr.vigie.infrastructure.web.StorableText}); behind them, package-private, the advice,
 * filters, valve and error controller that answer every request with a problem document.
 * <p>
 * Named interface {@code web}: the public types of this package, and only they, may be used by
 * the features.
 */
@org.springframework.modulith.NamedInterface("web")
package fr.vigie.infrastructure.web;
