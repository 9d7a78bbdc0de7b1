/**
 * Web plumbing every feature shares: {@link fr.vigie.infrastructure.web.Problems}, the one owner of
 * error answers (every problem document, from a controller, an advice, a filter or the container,
 * is built there, with the fields at fault as {@link fr.vigie.infrastructure.web.FieldProblem}s),
 * and {@link fr.vigie.infrastructure.web.StorableText}, text that can be stored. Behind them,
 * package-private: the advice, filters, valve and error controller that answer every request with
 * a problem document, the request size limit, the OpenAPI groups, the single-page-app routes.
 * <p>
 * Named interface {@code web}: the public types of this package, and only they, may be used by
 * the features.
 */
@org.springframework.modulith.NamedInterface("web")
package fr.vigie.infrastructure.web;
