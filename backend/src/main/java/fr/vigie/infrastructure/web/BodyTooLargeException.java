package fr.vigie.infrastructure.web;

import java.io.IOException;

/** Thrown while reading a body that exceeds the limit; the reading stops there. */
class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("Request body larger than " + limit + " bytes");
    }
}
