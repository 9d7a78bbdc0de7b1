package fr.vigie.infrastructure.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running by a Vigie that was killed ({@code kill -9}, an out-of-memory kill):
 * the postmaster survives its JVM, keeps the data directory and its port, and a new start would
 * wait for it in vain. Found from {@code postmaster.pid}, it is stopped before the new start,
 * but only when it is really an orphan: the embedded server's lock file ({@code epg-lock}) is
 * held by the JVM that started it, so a lock we can take means that JVM is gone. A postmaster
 * whose JVM is alive (another Vigie on the same data directory) is left alone and the start
 * fails with a message saying so.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    static final String LOCK_FILE = "epg-lock"; // the name io.zonky's EmbeddedPostgres locks

    private StalePostmaster() {
    }

    /** Returns once no orphaned postmaster holds {@code dataDir}. */
    static void stopIfOrphaned(Path dataDir, Duration patience) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        Optional<ProcessHandle> postmaster = runningPostmaster(pidFile, dataDir);
        if (postmaster.isEmpty()) {
            return;
        }
        long pid = postmaster.get().pid();
        try (var channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The embedded PostgreSQL data directory " + dataDir
                        + " is in use by another running Vigie (postmaster PID " + pid + "). Stop that instance, "
                        + "or give this one its own vigie.data-dir.");
            }
            log.warn("Stopping the embedded PostgreSQL (PID {}) left running by a Vigie that did not shut down; "
                    + "it finishes its committed work first", pid);
            // SIGTERM: PostgreSQL's smart shutdown. Its clients died with their JVM, so it ends at
            // once, after a checkpoint; nothing committed is lost, nothing uncommitted is kept.
            postmaster.get().destroy();
            postmaster.get().onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            log.info("Orphaned PostgreSQL (PID {}) stopped", pid);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check the embedded PostgreSQL lock in " + dataDir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping an orphaned PostgreSQL", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The orphaned PostgreSQL (PID " + pid + ") on " + dataDir
                    + " did not stop within " + patience.toSeconds() + " s; stop it by hand (pg_ctl stop -D "
                    + dataDir + " -m fast) and start Vigie again", e);
        }
    }

    /**
     * The live postmaster named by {@code postmaster.pid}, if it is a PostgreSQL server of this
     * data directory. A pid file naming a dead or recycled process is removed: PostgreSQL would
     * otherwise refuse to start while that other process lives.
     */
    private static Optional<ProcessHandle> runningPostmaster(Path pidFile, Path dataDir) {
        List<String> lines;
        try {
            lines = Files.exists(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pidFile, e);
        }
        if (lines.size() < 2 || !lines.getFirst().strip().matches("\\d+")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.getFirst().strip());
        var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isPresent() && isPostgresOf(process.get(), dataDir, lines.get(1).strip())) {
            return process;
        }
        if (process.isPresent()) {
            log.warn("Removing the stale {}: PID {} is another program now", pidFile, pid);
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove the stale " + pidFile, e);
            }
        }
        return Optional.empty();
    }

    private static boolean isPostgresOf(ProcessHandle process, Path dataDir, String recordedDir) {
        // No command line readable: not a process of ours, so not our postmaster.
        String command = process.info().command().orElse("");
        boolean postgres = command.endsWith("/postgres") || command.endsWith("postgres.exe");
        return postgres && Path.of(recordedDir).toAbsolutePath().normalize().equals(dataDir.toAbsolutePath().normalize());
    }
}
