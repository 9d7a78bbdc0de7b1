package fr.vigie.infrastructure.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;

/**
 * A request the database failed. The exception's message is never logged nor answered: it
 * carries the SQL and, from PostgreSQL, the failing row or the values of a constraint or trigger
 * error — a worker's free text, a phone number. The log line names the endpoint, the exception
 * classes and SQL states, and a correlation id that the answer carries too; the answer is 503
 * with {@code Retry-After} when the failure is passing (connection lost, timeout, deadlock), else
 * 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StorageProblems {

    private static final Logger log = LoggerFactory.getLogger(StorageProblems.class);

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> storageFailed(DataAccessException e, HandlerMethod handler) {
        String correlation = UUID.randomUUID().toString();
        boolean passing = e instanceof TransientDataAccessException || e instanceof DataAccessResourceFailureException
                || e instanceof RecoverableDataAccessException;
        log.error("Storage failure in {}: {} (correlation {})", handler.getShortLogMessage(), causes(e), correlation);
        var status = passing ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR;
        var problem = Problems.of(status, passing
                ? "Base de données momentanément indisponible, réessayez / Database unavailable for a moment, retry"
                : "Erreur d'enregistrement, rien n'a été modifié ; signalez l'identifiant de corrélation / "
                        + "Storage error, nothing was changed; report the correlation id");
        problem.setProperty("correlationId", correlation);
        return passing ? Problems.retryAfter(problem, ReadinessGate.RETRY_AFTER_SECONDS) : Problems.answer(problem);
    }

    /** {@code UncategorizedSQLException <- PSQLException [P0001]}: what failed, not with what. */
    static String causes(Throwable e) {
        var chain = new ArrayList<String>();
        for (Throwable t = e; t != null && chain.size() < 10; t = t.getCause()) {
            chain.add(t instanceof SQLException sql && sql.getSQLState() != null
                    ? t.getClass().getSimpleName() + " [" + sql.getSQLState() + "]" : t.getClass().getSimpleName());
        }
        return String.join(" <- ", chain);
    }
}
