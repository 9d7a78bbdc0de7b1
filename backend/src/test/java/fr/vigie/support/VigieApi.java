package fr.vigie.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to a running Vigie over HTTP as a partner or a person would: API key, or session cookie
 * plus the {@code X-XSRF-TOKEN} header on state-changing calls.
 */
public final class VigieApi {

    public record Response(int status, String contentType, JsonNode body, Map<String, java.util.List<String>> headers) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final CookieManager cookies;
    private final HttpClient http;

    public VigieApi(String baseUrl) {
        this(baseUrl, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    private VigieApi(String baseUrl, CookieManager cookies) {
        this.baseUrl = baseUrl;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * The same person (same cookies: session, XSRF token) talking to another instance on this
     * host, as a browser does when a load balancer sends it elsewhere.
     */
    public VigieApi sameBrowserAt(int port) {
        return new VigieApi("http://127.0.0.1:" + port, cookies);
    }

    /**
     * Opens a server-sent events stream as this person and collects its lines, as a browser's
     * {@code EventSource} would; close it when done.
     */
    public EventStream events(String path) {
        return EventStream.open(http, uri(path));
    }

    public static VigieApi at(int port) {
        return new VigieApi("http://127.0.0.1:" + port);
    }

    public Response postAsPartner(String apiKey, String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Response postRawAsPartner(String apiKey, String path, String contentType, byte[] body, String... headers) {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public Response getAsPartner(String apiKey, String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + apiKey).GET());
    }

    public Response login(String username, String password) {
        return send(HttpRequest.newBuilder(uri("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(Map.of("username", username, "password", password)))));
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Response post(String path, Object body) {
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        xsrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return send(request);
    }

    /**
     * Any method, as a person (session cookie, and the XSRF header on state-changing calls), or as
     * a partner when {@code apiKey} is not null; {@code body} may be null.
     */
    public Response request(String method, String path, Object body, String apiKey) {
        var request = HttpRequest.newBuilder(uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        } else if (!method.equals("GET") && !method.equals("HEAD")) {
            xsrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        }
        return send(request);
    }

    /**
     * Any request, exactly as given: headers as name/value pairs (no session XSRF header is
     * added), {@code body} may be null.
     */
    public Response exchange(String method, String path, byte[] body, String... headers) {
        var request = HttpRequest.newBuilder(uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /**
     * Any request as this person: the session cookie, the XSRF header on state-changing calls,
     * {@code Content-Type: application/json} with a body (a String is sent as it is), and the
     * extra headers given as name/value pairs.
     */
    public Response asPerson(String method, String path, Object body, String... headers) {
        var request = HttpRequest.newBuilder(uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            xsrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** The status of a GET without waiting for the body: for streams (server-sent events). */
    public int statusOfStream(String path, String apiKey) {
        var request = HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(30));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response put(String path, Object body) {
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body)));
        xsrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return send(request);
    }

    public Response delete(String path) {
        var request = HttpRequest.newBuilder(uri(path)).DELETE();
        xsrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return send(request);
    }

    public String getText(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private java.util.Optional<String> xsrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(java.net.HttpCookie::getValue).findFirst();
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String json(Object body) {
        return body instanceof String s ? s : JSON.writeValueAsString(body);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = response.body().isBlank() || !contentType.contains("json") ? null : JSON.readTree(response.body());
            return new Response(response.statusCode(), contentType, body, response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
