package fr.vigie.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a webhook may reach: public unicast only. The one outbound call Vigie makes must
 * not become a way into the internal network (SSRF), so every special-purpose range of the IANA
 * registries is refused — private (10/8, 172.16/12, 192.168/16), shared (100.64/10), loopback,
 * link-local (169.254/16, fe80::/10), multicast, unique-local (fc00::/7), site-local (fec0::/10),
 * documentation, benchmarking, reserved — and an IPv6 address that carries an IPv4 one
 * (IPv4-mapped ::ffff:0:0/96, IPv4-compatible ::/96, NAT64 64:ff9b::/96, 6to4 2002::/16) is judged
 * by the IPv4 address it carries. With {@code allowLoopback}, 127/8 and ::1 pass, nothing else.
 */
final class PublicAddresses {

    /** A range and why it is refused, in French then English. */
    private record Range(byte[] prefix, int bits, String why) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            if (!Arrays.equals(address, 0, full, prefix, 0, full)) {
                return false;
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }

    static final String LOOPBACK = "adresse de bouclage (loopback) / loopback address";
    private static final String PRIVATE = "adresse privée / private address";
    private static final String LINK_LOCAL = "adresse lien-local / link-local address";
    private static final String MULTICAST = "adresse de multidiffusion / multicast address";
    private static final String UNIQUE_LOCAL = "adresse locale unique / unique-local address";
    private static final String RESERVED = "adresse réservée, non publique / reserved, non-public address";

    private static final List<Range> V4 = List.of(
            range("0.0.0.0", 8, RESERVED), range("10.0.0.0", 8, PRIVATE), range("100.64.0.0", 10, PRIVATE),
            range("127.0.0.0", 8, LOOPBACK), range("169.254.0.0", 16, LINK_LOCAL), range("172.16.0.0", 12, PRIVATE),
            range("192.0.0.0", 24, RESERVED), range("192.0.2.0", 24, RESERVED), range("192.31.196.0", 24, RESERVED),
            range("192.52.193.0", 24, RESERVED), range("192.88.99.0", 24, RESERVED), range("192.168.0.0", 16, PRIVATE),
            range("192.175.48.0", 24, RESERVED), range("198.18.0.0", 15, RESERVED), range("198.51.100.0", 24, RESERVED),
            range("203.0.113.0", 24, RESERVED), range("224.0.0.0", 4, MULTICAST), range("240.0.0.0", 4, RESERVED));

    private static final List<Range> V6 = List.of(
            range("::1", 128, LOOPBACK), range("::", 128, RESERVED), range("64:ff9b:1::", 48, RESERVED),
            range("100::", 64, RESERVED), range("2001::", 23, RESERVED), range("2001:db8::", 32, RESERVED),
            range("3fff::", 20, RESERVED), range("fc00::", 7, UNIQUE_LOCAL), range("fe80::", 10, LINK_LOCAL),
            range("fec0::", 10, PRIVATE), range("ff00::", 8, MULTICAST));

    private static final Range GLOBAL_UNICAST = range("2000::", 3, RESERVED);
    private static final Range MAPPED = range("::ffff:0:0", 96, RESERVED);
    private static final Range COMPATIBLE = range("::", 96, RESERVED);
    private static final Range NAT64 = range("64:ff9b::", 96, RESERVED);
    private static final Range SIX_TO_FOUR = range("2002::", 16, RESERVED);

    private PublicAddresses() {
    }

    /** Why this address may not be reached; empty when it may. */
    static Optional<String> refusal(InetAddress address, boolean allowLoopback) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            var carried = carriedIpv4(bytes);
            if (carried != null) {
                return refusalV4(carried, allowLoopback);
            }
            for (var range : V6) {
                if (range.contains(bytes)) {
                    return range.why().equals(LOOPBACK) && allowLoopback ? Optional.empty() : Optional.of(range.why());
                }
            }
            return GLOBAL_UNICAST.contains(bytes) ? Optional.empty() : Optional.of(RESERVED);
        }
        if (address instanceof Inet4Address) {
            return refusalV4(bytes, allowLoopback);
        }
        return Optional.of(RESERVED);
    }

    private static final Range LOOPBACK_V4 = range("127.0.0.0", 8, LOOPBACK);
    private static final Range LOOPBACK_V6 = range("::1", 128, LOOPBACK);
    private static final Range UNSPECIFIED_V6 = range("::", 128, RESERVED);

    static boolean isLoopback(InetAddress address) {
        byte[] bytes = address.getAddress();
        byte[] v4 = address instanceof Inet6Address ? carriedIpv4(bytes) : bytes;
        return v4 != null ? LOOPBACK_V4.contains(v4) : LOOPBACK_V6.contains(bytes);
    }

    private static Optional<String> refusalV4(byte[] bytes, boolean allowLoopback) {
        for (var range : V4) {
            if (range.contains(bytes)) {
                return range.why().equals(LOOPBACK) && allowLoopback ? Optional.empty() : Optional.of(range.why());
            }
        }
        return Optional.empty();
    }

    /** The IPv4 address an IPv6 one carries (mapped, compatible, NAT64, 6to4), or null. */
    private static byte[] carriedIpv4(byte[] v6) {
        if (MAPPED.contains(v6) || NAT64.contains(v6)) {
            return Arrays.copyOfRange(v6, 12, 16);
        }
        if (COMPATIBLE.contains(v6) && !LOOPBACK_V6.contains(v6) && !UNSPECIFIED_V6.contains(v6)) {
            return Arrays.copyOfRange(v6, 12, 16);
        }
        if (SIX_TO_FOUR.contains(v6)) {
            return Arrays.copyOfRange(v6, 2, 6);
        }
        return null;
    }

    private static Range range(String literal, int bits, String why) {
        try {
            // literals only: InetAddress resolves nothing for them. An IPv4-mapped literal would
            // come back as an Inet4Address, so IPv6 prefixes are built from their 16 bytes.
            byte[] bytes = literal.contains(":") ? ipv6Bytes(literal) : InetAddress.getByName(literal).getAddress();
            return new Range(bytes, bits, why);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    private static byte[] ipv6Bytes(String literal) throws UnknownHostException {
        var address = InetAddress.getByName(literal);
        if (address instanceof Inet6Address) {
            return address.getAddress();
        }
        // ::ffff:a.b.c.d style: rebuild the 16 bytes
        byte[] out = new byte[16];
        out[10] = (byte) 0xff;
        out[11] = (byte) 0xff;
        System.arraycopy(address.getAddress(), 0, out, 12, 4);
        return out;
    }
}
