package fr.vigie.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Picks a free loopback port when a server needs to know its port before it binds (the Kafka
 * controller quorum is declared by address). A configured port of 0 means "any free one", so
 * tests and a second instance never fight over a fixed port.
 */
public final class FreePorts {

    private FreePorts() {
    }

    public static int orFree(int configured) {
        if (configured > 0) {
            return configured;
        }
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }
}
