package fr.vigie.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which addresses and URLs a webhook may reach, without any connection. */
class PublicAddressesTest {

    private static WebhookTargets targets(boolean allowLoopback) {
        return new WebhookTargets(new WebhookProperties(allowLoopback, Duration.ofSeconds(30), Duration.ofHours(1),
                Duration.ofHours(24), Duration.ofHours(24), Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofSeconds(10), Duration.ofMinutes(2)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254", "192.168.0.1", "100.64.0.1",
            "127.0.0.1", "127.1.2.3", "169.254.169.254", "0.0.0.0", "224.0.0.251", "239.255.255.250", "255.255.255.255",
            "192.0.2.10", "198.51.100.7", "203.0.113.9", "198.18.0.1", "::1", "::", "fd00::1", "fc00::1", "fdff:ffff::1",
            "fe80::1", "fec0::1", "ff02::1", "2001:db8::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "::ffff:169.254.1.1",
            "64:ff9b::a00:1", "2002:a00:1::1", "::a00:1", "2001::1", "100::1" })
    void specialAddressesAreRefused(String literal) throws Exception {
        assertThat(PublicAddresses.refusal(InetAddress.getByName(literal), false)).as(literal).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = { "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2a00:1450:4007:80e::200e",
            "2606:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1" })
    void publicAddressesPass(String literal) throws Exception {
        assertThat(PublicAddresses.refusal(InetAddress.getByName(literal), false)).as(literal).isEmpty();
    }

    @Test
    void loopbackPassesOnlyWhenAllowedAndNothingElseWithIt() throws Exception {
        for (String loopback : new String[] { "127.0.0.1", "127.9.9.9", "::1", "::ffff:127.0.0.1" }) {
            assertThat(PublicAddresses.refusal(InetAddress.getByName(loopback), true)).as(loopback).isEmpty();
            assertThat(PublicAddresses.refusal(InetAddress.getByName(loopback), false)).as(loopback).isPresent();
        }
        for (String other : new String[] { "10.0.0.1", "169.254.0.1", "fd00::1", "fe80::1", "0.0.0.0", "::" }) {
            assertThat(PublicAddresses.refusal(InetAddress.getByName(other), true)).as(other).isPresent();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://10.1.2.3/hook", "https://127.0.0.1/hook", "https://127.0.0.2:8443/hook",
            "https://[::1]/hook", "https://[fd00::1]/hook", "https://169.254.169.254/latest/meta-data",
            "https://[::ffff:10.0.0.1]/hook", "https://localhost/hook", "https://intranet.prive.exemple.test/hook",
            "https://ula.prive.exemple.test/hook", "https://metadata.prive.exemple.test/", "https://0.0.0.0/",
            "https://2130706433/hook", "https://0x7f.1/hook" })
    void urlsLeadingToAPrivateOrLoopbackAddressAreRefused(String url) {
        assertThatThrownBy(() -> targets(false).check(url)).as(url).isInstanceOf(WebhookTargets.RefusedTarget.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://8.8.8.8/hook", "ftp://8.8.8.8/", "https://user:pass@8.8.8.8/", "https://8.8.8.8/#x",
            "/relative", "https:///nohost", "not a url", "" })
    void urlsOtherThanPlainHttpsAreRefused(String url) {
        assertThatThrownBy(() -> targets(false).check(url)).as(url).isInstanceOf(WebhookTargets.RefusedTarget.class);
    }

    @Test
    void aPublicHttpsUrlIsAcceptedWithTheAddressesItWasCheckedOn() throws Exception {
        var target = targets(false).check("https://8.8.4.4:8443/vigie/webhook?x=1");
        assertThat(target.addresses()).extracting(InetAddress::getHostAddress).containsExactly("8.8.4.4");
        assertThat(target.host()).isEqualTo("8.8.4.4");
    }

    @Test
    void withLoopbackAllowedHttpGoesToLoopbackOnly() throws Exception {
        assertThat(targets(true).check("http://127.0.0.1:9999/hook").addresses()).hasSize(1);
        assertThat(targets(true).check("http://recepteur.local.exemple.test:9999/hook").addresses()).hasSize(1);
        assertThatThrownBy(() -> targets(true).check("http://8.8.8.8/hook")).isInstanceOf(WebhookTargets.RefusedTarget.class);
        assertThatThrownBy(() -> targets(true).check("https://intranet.prive.exemple.test/hook"))
                .isInstanceOf(WebhookTargets.RefusedTarget.class);
    }
}
