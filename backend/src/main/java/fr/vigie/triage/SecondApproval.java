package fr.vigie.triage;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Which decisions wait for a second coordinator, from {@link SecondApprovalProperties}. A rule
 * that names an unknown type, channel or band stops the start: a typo must not silently let a
 * police referral through on one person's word.
 */
@Component
class SecondApproval {

    /** One rule: a type, and optionally the referral channel or the band it applies to. */
    record Rule(DecisionType type, String channel, PriorityBand band) {

        boolean matches(DecisionType decided, String decidedChannel, PriorityBand reportBand) {
            return type == decided && (channel == null || channel.equals(decidedChannel)) && (band == null || band == reportBand);
        }
    }

    private final List<Rule> rules;

    SecondApproval(SecondApprovalProperties properties) {
        this.rules = properties.requiredFor().stream().map(SecondApproval::parse).toList();
    }

    boolean requiredFor(DecisionType type, String channel, PriorityBand band) {
        return rules.stream().anyMatch(r -> r.matches(type, channel, band));
    }

    List<Rule> rules() {
        return rules;
    }

    static Rule parse(String text) {
        String[] parts = text.toUpperCase(Locale.ROOT).split(":", 2);
        DecisionType type;
        try {
            type = DecisionType.valueOf(parts[0].strip());
        } catch (IllegalArgumentException e) {
            throw invalid(text, "unknown decision type");
        }
        if (parts.length == 1) {
            return new Rule(type, null, null);
        }
        String qualifier = parts[1].strip();
        if (qualifier.matches("P[1-4]")) {
            return new Rule(type, null, PriorityBand.valueOf(qualifier));
        }
        if (type == DecisionType.REFERRAL && DecisionRules.REFERRAL_CHANNELS.contains(qualifier)) {
            return new Rule(type, qualifier, null);
        }
        throw invalid(text, "expected a band P1..P4" + (type == DecisionType.REFERRAL ? " or a referral channel" : ""));
    }

    private static IllegalStateException invalid(String rule, String why) {
        return new IllegalStateException("vigie.triage.second-approval.required-for: '" + rule + "' is not a rule ("
                + why + "); write TYPE, TYPE:CHANNEL or TYPE:P1..P4, e.g. REFERRAL:POLICE,NO_ACTION:P1");
    }
}
