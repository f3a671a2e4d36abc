package org.openintl.gateway.edge;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address or a CIDR range ({@code 10.0.0.0/8}, {@code fd00::/8}) of trusted proxies. */
record AddressRange(byte[] network, int prefixBits, String text) {

    static AddressRange parse(String text) {
        String spec = text.strip();
        int slash = spec.indexOf('/');
        String address = slash < 0 ? spec : spec.substring(0, slash);
        if (!ClientAddress.literalAddress(address)) {
            throw new IllegalArgumentException(
                    "intl.client-address.trusted-proxies: '" + text + "' is no IP address or CIDR range");
        }
        byte[] network = bytes(address);
        int bits = slash < 0 ? network.length * 8 : Integer.parseInt(spec.substring(slash + 1));
        if (bits < 0 || bits > network.length * 8) {
            throw new IllegalArgumentException(
                    "intl.client-address.trusted-proxies: bad prefix length in '" + text + "'");
        }
        return new AddressRange(network, bits, spec);
    }

    /** @param address an IP literal */
    boolean contains(String address) {
        byte[] candidate = bytes(address);
        if (candidate.length != network.length) {
            return false;
        }
        int whole = prefixBits / 8;
        for (int i = 0; i < whole; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixBits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (candidate[whole] & mask) == (network[whole] & mask);
    }

    private static byte[] bytes(String literal) {
        try {
            // a literal (checked by the caller) is parsed, never looked up
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("no IP address: " + literal, e);
        }
    }
}
