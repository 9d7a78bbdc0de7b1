package fr.vigie.infrastructure.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The detail of an error for which nothing more precise is known (the container's own errors,
 * errors forwarded to {@code /error}): what the status means and what to do, French then English.
 * Never a message taken from the request or the exception, which may quote the request.
 */
final class StatusDetails {

    private static final Map<Integer, String> DETAILS = Map.ofEntries(
            Map.entry(400, "Requête mal formée (chemin, en-têtes ou paramètres) / Malformed request (path, headers or parameters)"),
            Map.entry(401, "Authentification requise / Authentication required"),
            Map.entry(403, "Accès refusé / Access denied"),
            Map.entry(404, "Ressource inconnue / No such resource"),
            Map.entry(405, "Méthode non prise en charge sur ce chemin / Method not supported on this path"),
            Map.entry(406, "Aucune représentation acceptable : demandez application/json / "
                    + "No acceptable representation: accept application/json"),
            Map.entry(408, "Requête trop lente / Request timeout"),
            Map.entry(411, "Longueur du corps requise / Content-Length required"),
            Map.entry(413, "Corps de requête trop volumineux / Request body too large"),
            Map.entry(414, "Adresse (URI) trop longue / URI too long"),
            Map.entry(415, "Type de contenu non pris en charge : envoyez application/json / "
                    + "Unsupported content type: send application/json"),
            Map.entry(431, "En-têtes de requête trop volumineux / Request header fields too large"),
            Map.entry(500, "Erreur interne, réessayez plus tard / Internal error, retry later"),
            Map.entry(501, "Non implémenté / Not implemented"),
            Map.entry(503, "Service momentanément indisponible, réessayez / Service unavailable, retry later"));

    private StatusDetails() {
    }

    static ProblemDetail problem(int status) {
        int known = HttpStatus.resolve(status) == null ? (status < 500 ? 400 : 500) : status;
        String detail = DETAILS.getOrDefault(known, known < 500 ? DETAILS.get(400) : DETAILS.get(500));
        return Problems.of(HttpStatus.valueOf(known), detail);
    }
}
