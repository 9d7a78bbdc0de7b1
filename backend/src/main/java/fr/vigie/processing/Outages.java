package fr.vigie.processing;

import java.io.IOException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/** Tells a failure of the servers (worth waiting for) from a failure of the record. */
final class Outages {

    private Outages() {
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof IOException) {
                return true;
            }
            if (t instanceof ElasticsearchException es && (es.status() >= 500 || es.status() == 429)) {
                return true;
            }
        }
        return false;
    }
}
