package fr.vigie.webhooks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends one delivery attempt: a POST of the body, signed, to the checked addresses of the target
 * and to nothing else. The HTTP client asks its DNS resolver for the host; ours answers only with
 * the addresses {@link WebhookTargets} resolved and checked for this attempt, so no second look-up
 * happens. No redirect is followed (a 3xx is a failed attempt), no proxy, no cookie, no retry of
 * its own; only the status line is read, and the whole exchange is cut after the response timeout.
 */
@Component
class WebhookSender implements DisposableBean {

    /** What an attempt gave: a status code, or the reason there was none (never quoting an answer). */
    record Result(Integer statusCode, String error) {

        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final WebhookProperties properties;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "vigie-webhook-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    WebhookSender(WebhookProperties properties) {
        this.properties = properties;
    }

    Result send(WebhookTarget target, String body, String signature, String deliveryId) {
        var connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                .setSocketTimeout(Timeout.of(properties.responseTimeout()))
                .build();
        var manager = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new PinnedResolver(target.host(), target.addresses()))
                .setDefaultConnectionConfig(connection)
                .build();
        try (var client = HttpClients.custom().setConnectionManager(manager).disableRedirectHandling()
                .disableAutomaticRetries().disableCookieManagement().disableAuthCaching().disableContentCompression()
                .setUserAgent("Vigie-Webhooks/1").build()) {
            var post = new HttpPost(target.uri());
            post.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(properties.responseTimeout()))
                    .setRedirectsEnabled(false).build());
            post.setHeader(WebhookSignature.HEADER, signature);
            post.setHeader("Vigie-Delivery", deliveryId);
            post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
            var deadline = deadlines.schedule(post::cancel, properties.responseTimeout().plus(properties.connectTimeout()).toMillis(),
                    TimeUnit.MILLISECONDS);
            try (var response = client.executeOpen(null, post, null)) {
                int code = response.getCode();
                post.cancel(); // the body is not read: a receiver cannot keep us reading
                return new Result(code, code >= 300 && code < 400 ? "redirection non suivie / redirect not followed" : null);
            } finally {
                deadline.cancel(false);
            }
        } catch (IOException | RuntimeException e) {
            return new Result(null, e.getClass().getSimpleName());
        }
    }

    @Override
    public void destroy() {
        deadlines.shutdownNow();
    }

    /** The one resolver the client may use: the checked addresses of the target's host, nothing else. */
    private record PinnedResolver(String host, List<InetAddress> addresses) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String name) throws UnknownHostException {
            if (!name.equalsIgnoreCase(host) && !("[" + host + "]").equalsIgnoreCase(name)) {
                throw new UnknownHostException("not the checked host");
            }
            return addresses.toArray(InetAddress[]::new);
        }

        @Override
        public List<InetSocketAddress> resolve(String name, int port) throws UnknownHostException {
            return java.util.Arrays.stream(resolve(name)).map(a -> new InetSocketAddress(a, port)).toList();
        }

        @Override
        public String resolveCanonicalHostname(String name) {
            return name;
        }
    }
}
