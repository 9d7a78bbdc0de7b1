package fr.vigie.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * A secret generated once and kept in a file of the data directory that only its owner can
 * read: the second-factor sealing key, the embedded PostgreSQL password. Whoever reads the data
 * directory can read the data anyway; the point is that no other account of the host can.
 */
public final class SecretFiles {

    private SecretFiles() {
    }

    /** The secret in {@code file}, created from {@code generator} if the file does not exist yet. */
    public static String readOrCreate(Path file, Supplier<String> generator) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                try {
                    createOwnerOnly(file);
                    Files.writeString(file, generator.get() + "\n");
                } catch (FileAlreadyExistsException raced) {
                    // another start made it first: read theirs below
                }
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the secret file " + file, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the secret file " + file, e);
        }
    }

    /** Readable and writable by its owner only, where the file system has POSIX permissions. */
    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file); // e.g. Windows: the directory's access rules apply
        }
    }
}
