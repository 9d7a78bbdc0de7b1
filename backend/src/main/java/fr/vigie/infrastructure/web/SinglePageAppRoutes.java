package fr.vigie.infrastructure.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Client-side routes of the front end (e.g. {@code /file}, {@code /connexion},
 * {@code /signalements/<id>}) are served the application's {@code index.html}. A segment with a
 * dot is a file (left to the static resources), and {@code /api}, {@code /actuator} and
 * {@code /v3} are never routes of the front end.
 */
@Controller
class SinglePageAppRoutes {

    private static final String FIRST = "{route:^(?!api$|actuator$|v3$|error$|assets$)[^.]*$}";
    private static final String NEXT = "{next:^[^.]*$}";

    @GetMapping({ "/" + FIRST, "/" + FIRST + "/" + NEXT, "/" + FIRST + "/" + NEXT + "/{last:^[^.]*$}" })
    String index() {
        return "forward:/index.html";
    }
}
