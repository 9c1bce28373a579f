package dev.kontor.registration;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The key a client address is counted under. IPv4 addresses count one by one; IPv6 addresses by
 * their /64 prefix, the smallest block a provider hands to one customer, so that an attacker
 * cannot get a fresh limit from each of the 2^64 addresses of their own network.
 */
final class ClientAddresses {

    private ClientAddresses() {
    }

    static String key(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "unknown";
        }
        String address = remoteAddress.trim();
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // A literal is parsed, never looked up; an IPv4-mapped address comes back as IPv4.
            byte[] bytes = InetAddress.getByName(stripBrackets(address)).getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (UnknownHostException | IllegalArgumentException e) {
            return address;
        }
    }

    private static String stripBrackets(String address) {
        int zone = address.indexOf('%');
        String bare = zone < 0 ? address : address.substring(0, zone);
        return bare.startsWith("[") && bare.endsWith("]") ? bare.substring(1, bare.length() - 1) : bare;
    }
}
