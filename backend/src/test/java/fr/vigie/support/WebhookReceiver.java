package fr.vigie.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A partner's webhook receiver for the tests: a real HTTP server on 127.0.0.1 (the tests run with
 * {@code vigie.webhooks.allow-loopback}) that keeps every request, answers {@code 500} for the
 * first {@code failures} ones and {@code 204} after, and checks signatures as a partner would
 * (docs/partner-integration.md).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request it got. */
    public record Received(String signature, String body, Instant at) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private WebhookReceiver(int failures, java.util.function.Predicate<String> failing) throws IOException {
        var toFail = new AtomicInteger(failures);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/vigie", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("Vigie-Signature"), body, Instant.now()));
            boolean fails = failing.test(body) && toFail.getAndDecrement() > 0;
            exchange.sendResponseHeaders(fails ? 500 : 204, -1);
            exchange.close();
        });
        server.start();
    }

    public static WebhookReceiver start() throws IOException {
        return failingFirst(0);
    }

    public static WebhookReceiver failingFirst(int failures) throws IOException {
        return new WebhookReceiver(failures, body -> true);
    }

    /** Answers {@code 500} to the first {@code failures} requests whose body passes {@code failing}. */
    public static WebhookReceiver failingFirst(int failures, java.util.function.Predicate<String> failing) throws IOException {
        return new WebhookReceiver(failures, failing);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/vigie";
    }

    /** Everything received so far, in order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Recomputes the HMAC over "t.body" with the secret, as a partner does, and checks t is recent. */
    public static void verify(Received request, String secret) {
        assertThat(request.signature()).matches("t=\\d+(,v1=[0-9a-f]{64})+");
        String t = request.signature().split(",")[0].substring(2);
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t))).isLessThan(300);
        assertThat(List.of(request.signature().split(","))).contains("v1=" + hmac(secret, t + "." + request.body()));
    }

    private static String hmac(String secret, String signed) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
