package org.openintl.gateway.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openintl.gateway.testing.GatewayIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code server.address=127.0.0.1}, as {@code ./run-local.sh} starts the gateway: the public port and the management
 * port (which follows {@code server.address}) answer on loopback and not on the machine's other addresses.
 */
@TestPropertySource(properties = "server.address=127.0.0.1")
class LoopbackBindingIntegrationTest extends GatewayIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void bindsBothPortsToLoopbackOnly() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        assertThat(connects(loopback, port)).isTrue();
        assertThat(connects(loopback, managementPort)).isTrue();

        Optional<InetAddress> other = otherAddress();
        assumeTrue(other.isPresent(), "this machine has no address besides loopback");
        assertThat(connects(other.get(), port)).as(other.get() + ":" + port).isFalse();
        assertThat(connects(other.get(), managementPort))
                .as(other.get() + ":" + managementPort)
                .isFalse();
    }

    /** An IPv4 address of this machine that is not loopback, if it has one. */
    static Optional<InetAddress> otherAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
    }

    static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
