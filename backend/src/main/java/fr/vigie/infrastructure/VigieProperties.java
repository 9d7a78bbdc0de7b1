package fr.vigie.infrastructure;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Root of Vigie's own settings.
 *
 * @param dataDir    where the embedded servers keep their data; made absolute at start-up so that
 *                   a later change of working directory cannot split the data in two
 * @param instanceId this instance's name among several sharing the same servers (Kafka
 *                   transactional ids are derived from it); empty: a random one generated once and
 *                   kept in {@code <data-dir>/instance-id}, so a restart keeps its name
 */
@ConfigurationProperties("vigie")
public record VigieProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("") String instanceId) {

    public Path resolvedDataDir() {
        return dataDir.toAbsolutePath().normalize();
    }

    /**
     * A restart on the same data directory gets the same name: a transactional producer of the
     * new run then fences the killed run's producers and aborts their open transactions at once,
     * instead of leaving consumers waiting for the transaction timeout.
     */
    public String resolvedInstanceId() {
        if (!instanceId.isBlank()) {
            return instanceId.strip();
        }
        // not a secret, but kept the same way: created once, then only read
        return SecretFiles.readOrCreate(resolvedDataDir().resolve("instance-id"),
                () -> UUID.randomUUID().toString().substring(0, 8));
    }
}
