package fr.vigie.statistics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vigie.association.*}: who the activity report is from. The default says what to set, so
 * that a report printed before configuration shows it rather than a wrong name.
 *
 * @param name the association's name, on the report's cover
 * @param territory where it works (optional), e.g. "Rhône et Métropole de Lyon"
 */
@ConfigurationProperties("vigie.association")
record AssociationProperties(
        @DefaultValue("Association (nom à configurer : vigie.association.name)") String name,
        @DefaultValue("") String territory) {
}
