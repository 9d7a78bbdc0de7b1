package fr.vigie.partners;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code VIGIE_BOOTSTRAP_PARTNER_KEY} set, makes sure the partner {@code bootstrap} exists
 * and accepts that key, so a fresh installation can receive reports at once.
 */
@Component
@Order(20)
class BootstrapPartner implements ApplicationRunner {

    static final String NAME = "bootstrap";
    private static final Logger log = LoggerFactory.getLogger(BootstrapPartner.class);

    private final PartnerDirectory partners;
    private final String key;

    BootstrapPartner(PartnerDirectory partners, @Value("${vigie.bootstrap.partner-key:}") String key) {
        this.partners = partners;
        this.key = key;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (key == null || key.isBlank()) {
            return;
        }
        if (key.length() < 16) {
            throw new IllegalStateException("VIGIE_BOOTSTRAP_PARTNER_KEY must be at least 16 characters long");
        }
        var partner = partners.findByName(NAME).orElseGet(() -> partners.create(NAME));
        if (!partners.hasKey(partner.id(), key)) {
            partners.addKey(partner.id(), key);
            log.info("Bootstrap partner '{}' ready with the key from VIGIE_BOOTSTRAP_PARTNER_KEY", NAME);
        }
    }
}
