package fr.vigie.infrastructure;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Root of Vigie's own settings.
 *
 * @param dataDir where the embedded servers keep their data; made absolute at start-up so that
 *                a later change of working directory cannot split the data in two
 */
@ConfigurationProperties("vigie")
public record VigieProperties(@DefaultValue("./data") Path dataDir) {

    public Path resolvedDataDir() {
        return dataDir.toAbsolutePath().normalize();
    }
}
