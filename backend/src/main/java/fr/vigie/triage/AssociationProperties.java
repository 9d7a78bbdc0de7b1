package fr.vigie.triage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vigie.association.*}: who sends the referral packets, as the receiving service must be
 * able to call back — printed at the top of every packet. Only the name has a default, which says
 * how to set it.
 *
 * @param name    the association's name
 * @param address postal address, one line
 * @param phone   a number the service can call back
 * @param email   the address referrals are answered to
 * @param contact the person or role to ask for (e.g. « Coordination de la maraude numérique »)
 */
@ConfigurationProperties("vigie.association")
public record AssociationProperties(
        @DefaultValue("Association (nom à configurer : vigie.association.name)") String name,
        String address,
        String phone,
        String email,
        String contact) {
}
