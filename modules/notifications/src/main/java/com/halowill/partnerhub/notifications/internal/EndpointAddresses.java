package com.halowill.partnerhub.notifications.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may go: hosts whose every address is public. Loopback, private, shared (CGNAT), link-local (the
 * cloud metadata service's 169.254.169.254 among them), unique-local, multicast, reserved and unspecified addresses
 * are refused, also inside IPv4-mapped, NAT64 and 6to4 IPv6 addresses, so a partner's endpoint can never reach
 * HaloWill's own network. Checked when an endpoint is registered and again before every send. In {@code loopback}
 * mode (tests and local runs) it is the other way round: only loopback addresses, written as literals or
 * {@code localhost}, are allowed, and no name is ever looked up.
 */
final class EndpointAddresses {

    /** Which addresses are allowed. */
    enum Mode {
        PUBLIC, LOOPBACK
    }

    /** Looks a host name up: the system's resolver, or in {@code loopback} mode literals and localhost only. */
    interface Resolver {
        InetAddress[] resolve(String name) throws UnknownHostException;
    }

    private final Mode mode;
    private final Resolver resolver;

    EndpointAddresses(Mode mode) {
        this(mode, mode == Mode.LOOPBACK ? EndpointAddresses::literalOrLocalhost : InetAddress::getAllByName);
    }

    /** With a resolver of the caller's (tests: a name no DNS knows, to see that nothing else looks it up). */
    EndpointAddresses(Mode mode, Resolver resolver) {
        this.mode = mode;
        this.resolver = resolver;
    }

    /** Why a host may not be sent to (a short class of reason a partner may see), or empty when it may. */
    Optional<String> refusal(String host) {
        try {
            pinned(host);
            return Optional.empty();
        } catch (Refused e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The address to connect to, looked up once: the host's first address when every one of them may be sent to. A
     * client that connects to this address, not to the name, cannot be turned to another by a second lookup.
     *
     * @throws Refused with the short reason a partner may see
     */
    InetAddress pinned(String host) throws Refused {
        if (host == null || host.isBlank()) {
            throw new Refused("no host");
        }
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = resolve(name);
        } catch (UnknownHostException e) {
            throw new Refused(mode == Mode.LOOPBACK ? "only loopback addresses are allowed here" : "host not found");
        }
        for (InetAddress a : addresses) {
            Optional<String> refused = refusal(a);
            if (refused.isPresent()) {
                throw new Refused(refused.get());
            }
        }
        return addresses.get(0);
    }

    /** A host that may not be sent to, and the short reason why. */
    static final class Refused extends java.io.IOException {

        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    /** Why this address may not be sent to, or empty when it may. */
    Optional<String> refusal(InetAddress address) {
        if (mode == Mode.LOOPBACK) {
            return address.isLoopbackAddress() ? Optional.empty()
                    : Optional.of("only loopback addresses are allowed here");
        }
        return notPublic(address) ? Optional.of("not a public internet address") : Optional.empty();
    }

    private List<InetAddress> resolve(String name) throws UnknownHostException {
        InetAddress[] found = resolver.resolve(name);
        if (found == null || found.length == 0) {
            throw new UnknownHostException(name);
        }
        return Arrays.asList(found);
    }

    private static InetAddress[] literalOrLocalhost(String name) throws UnknownHostException {
        if (!literal(name) && !name.toLowerCase(Locale.ROOT).equals("localhost")) {
            throw new UnknownHostException(name);
        }
        return InetAddress.getAllByName(name);
    }

    private static boolean literal(String name) {
        return name.contains(":") || name.matches("[0-9.]+");
    }

    static boolean notPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return notPublic4(b);
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                return notPublic4(Arrays.copyOfRange(b, 12, 16)); // IPv4-mapped
            }
            if (isZero(b, 0, 12)) {
                return true; // IPv4-compatible (deprecated) and ::
            }
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                    && isZero(b, 4, 12)) {
                return notPublic4(Arrays.copyOfRange(b, 12, 16)); // NAT64 64:ff9b::/96
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return notPublic4(Arrays.copyOfRange(b, 2, 6)); // 6to4 2002::/16
            }
            return false;
        }
        return true;
    }

    private static boolean notPublic4(byte[] b) {
        int o1 = b[0] & 0xff;
        int o2 = b[1] & 0xff;
        int o3 = b[2] & 0xff;
        return o1 == 0 || o1 == 10 || o1 == 127 || o1 >= 224 // this network, private, loopback, multicast, reserved
                || (o1 == 100 && o2 >= 64 && o2 <= 127) // shared address space (CGNAT)
                || (o1 == 169 && o2 == 254) // link-local, cloud metadata
                || (o1 == 172 && o2 >= 16 && o2 <= 31) || (o1 == 192 && o2 == 168) // private
                || (o1 == 192 && o2 == 0 && o3 == 0) // IETF protocol assignments
                || (o1 == 198 && (o2 == 18 || o2 == 19)); // benchmarking
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
