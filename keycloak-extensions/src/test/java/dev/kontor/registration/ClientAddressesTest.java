package dev.kontor.registration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressesTest {

    @Test
    void ipv4CountsPerAddress() {
        assertEquals("10.0.0.1", ClientAddresses.key("10.0.0.1"));
        assertEquals("unknown", ClientAddresses.key(null));
        assertEquals("unknown", ClientAddresses.key(" "));
    }

    @Test
    void ipv6CountsPerSlash64() {
        String key = ClientAddresses.key("2001:db8:1234:5678:aaaa:bbbb:cccc:dddd");
        assertEquals("20010db812345678::/64", key);
        assertEquals(key, ClientAddresses.key("2001:db8:1234:5678::1"), "another address of the same /64");
        assertEquals(key, ClientAddresses.key("[2001:0DB8:1234:5678:0:0:0:2]"), "bracketed, upper case, long form");
        assertEquals(key, ClientAddresses.key("2001:db8:1234:5678::3%eth0"), "with a zone");
        assertEquals("20010db812345679::/64", ClientAddresses.key("2001:db8:1234:5679::1"), "the next /64 counts apart");
        assertEquals("0000000000000000::/64", ClientAddresses.key("::1"));
    }

    @Test
    void ipv4MappedIpv6CountsAsIpv4() {
        assertEquals("192.0.2.7", ClientAddresses.key("::ffff:192.0.2.7"));
    }

    @Test
    void somethingElseIsKeptAsIs() {
        assertEquals("not:an:address:zz", ClientAddresses.key("not:an:address:zz"));
    }
}
