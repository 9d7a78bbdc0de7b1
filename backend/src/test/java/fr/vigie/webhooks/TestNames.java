package fr.vigie.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The test JVM's name resolution (JDK SPI): host names under {@code .exemple.test} resolve to
 * the addresses below, as a DNS server the partner controls could answer — a name that leads to
 * a private or unique-local address. Every other name goes to the system's resolver. No test ever
 * connects to these addresses: Vigie must refuse them before any connection.
 */
public class TestNames extends InetAddressResolverProvider {

    /** Names and the address each resolves to. */
    public static final Map<String, String> NAMES = Map.of(
            "intranet.prive.exemple.test", "10.20.30.40",
            "box.prive.exemple.test", "192.168.1.1",
            "metadata.prive.exemple.test", "169.254.169.254",
            "ula.prive.exemple.test", "fd00::1",
            "recepteur.local.exemple.test", "127.0.0.1");

    @Override
    public InetAddressResolver get(Configuration configuration) {
        var system = configuration.builtinResolver();
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                String address = NAMES.get(host.toLowerCase(java.util.Locale.ROOT));
                if (address == null) {
                    return system.lookupByName(host, policy);
                }
                // a literal: parsed, never looked up
                return Stream.of(InetAddress.getByAddress(host, InetAddress.getByName(address).getAddress()));
            }

            @Override
            public String lookupByAddress(byte[] addr) throws UnknownHostException {
                return system.lookupByAddress(addr);
            }
        };
    }

    @Override
    public String name() {
        return "vigie-test-names";
    }
}
