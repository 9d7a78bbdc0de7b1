package fr.vigie.infrastructure.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The embedded cluster's {@code pg_hba.conf}, rewritten at every start so that no edit and no
 * older default survives: a password (SCRAM) over loopback TCP, nothing else. The server listens
 * on 127.0.0.1 only and has no Unix socket, so no other account of the host gets in without the
 * password kept in the data directory.
 */
final class HostBasedAccess {

    static final String FILE = "pg_hba.conf";
    private static final Pattern TRUST = Pattern.compile("(?m)^\\s*[^#\\s].*\\btrust\\s*$");
    private static final String RULES = """
            # Written by Vigie at every start of its embedded PostgreSQL: do not edit.
            # Password (SCRAM-SHA-256) over loopback TCP only; the server has no Unix socket.
            host    all    all    127.0.0.1/32    scram-sha-256
            host    all    all    ::1/128         scram-sha-256
            """;

    private HostBasedAccess() {
    }

    static void write(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve(FILE), RULES);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dataDir.resolve(FILE), e);
        }
    }

    /** A cluster made by an earlier Vigie, which let any local account in as superuser. */
    static boolean trustsAnyone(Path dataDir) {
        try {
            Path file = dataDir.resolve(FILE);
            return Files.exists(file) && TRUST.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dataDir.resolve(FILE), e);
        }
    }
}
