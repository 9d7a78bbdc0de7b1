/**
 * Search: the Elasticsearch index of reports ({@code vigie-reports}), fed by processing with
 * the report id as document id (a re-index is an overwrite, never a duplicate). Uses only
 * features present in the embedded node and in a real cluster (see docs/adr/0003).
 * Public API: {@link fr.vigie.search.ReportIndex}.
 */
package fr.vigie.search;
