package fr.vigie.triage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.vigie.infrastructure.web.FieldProblem;

/**
 * The fields each decision type requires, in the words child protection uses. Produces the
 * decision's details (what is stored and shown in the history) or every problem at once.
 */
final class DecisionRules {

    static final Set<String> CONTACT_CHANNELS = Set.of("SMS", "PHONE", "WHATSAPP", "SNAPCHAT", "INSTAGRAM", "TELEGRAM",
            "EMAIL", "PLATFORM_MESSAGE", "OTHER");
    static final Set<String> CONTACT_OUTCOMES = Set.of("NO_REPLY", "REPLIED", "REFUSED", "ACCEPTED_HELP");
    static final Set<String> REFERRAL_CHANNELS = Set.of("CRIP", "PROSECUTOR", "SNATED_119", "PHAROS", "POLICE",
            "PARTNER_ASSOCIATION");
    static final Set<String> URGENCIES = Set.of("IMMEDIATE", "URGENT", "NORMAL");
    static final Set<String> NO_ACTION_REASONS = Set.of("ADULT_NO_RISK", "NOT_ENOUGH_INFORMATION", "AD_REMOVED",
            "OUT_OF_SCOPE", "ALREADY_HANDLED", "OTHER");

    record Checked(DecisionType type, Map<String, String> details, LocalDate followUpOn, UUID duplicateOf,
            UUID supersedes, List<FieldProblem> problems) {
    }

    private DecisionRules() {
    }

    static Checked check(DecisionRequest r, LocalDate today) {
        var problems = new ArrayList<FieldProblem>();
        var details = new LinkedHashMap<String, String>();
        DecisionType type = null;
        if (blank(r.type())) {
            problems.add(new FieldProblem("type", "obligatoire / required"));
        } else {
            try {
                type = DecisionType.valueOf(r.type());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("type", "valeur inconnue / unknown value: CONTACT, REFERRAL, NO_ACTION, DUPLICATE, ESCALATE"));
            }
        }
        LocalDate followUp = null;
        UUID duplicateOf = null;
        if (type != null) {
            switch (type) {
                case CONTACT -> {
                    oneOf(r.channel(), "channel", CONTACT_CHANNELS, details, problems);
                    text(r.messageSummary(), "messageSummary", 2000, details, problems);
                    oneOf(r.outcome(), "outcome", CONTACT_OUTCOMES, details, problems);
                    followUp = date(r.followUpDate(), "followUpDate", today, problems);
                    if (followUp != null) {
                        details.put("followUpDate", followUp.toString());
                    }
                }
                case REFERRAL -> {
                    oneOf(r.channel(), "channel", REFERRAL_CHANNELS, details, problems);
                    oneOf(r.urgency(), "urgency", URGENCIES, details, problems);
                    text(r.justification(), "justification", 4000, details, problems);
                    if (!blank(r.externalReference())) {
                        details.put("externalReference", r.externalReference().strip());
                    }
                }
                case NO_ACTION -> {
                    oneOf(r.reason(), "reason", NO_ACTION_REASONS, details, problems);
                    text(r.comment(), "comment", 2000, details, problems);
                }
                case DUPLICATE -> {
                    duplicateOf = uuid(r.duplicateOf(), "duplicateOf", true, problems);
                    if (duplicateOf != null) {
                        details.put("duplicateOf", duplicateOf.toString());
                    }
                }
                case ESCALATE -> text(r.reason(), "reason", 2000, details, problems);
            }
        }
        UUID supersedes = uuid(r.supersedes(), "supersedes", false, problems);
        return new Checked(type, details, followUp, duplicateOf, supersedes, problems);
    }

    private static void oneOf(String value, String field, Set<String> allowed, Map<String, String> details, List<FieldProblem> problems) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, "obligatoire / required"));
        } else if (!allowed.contains(value)) {
            problems.add(new FieldProblem(field, "valeur inconnue / unknown value: " + String.join(", ", allowed.stream().sorted().toList())));
        } else {
            details.put(field, value);
        }
    }

    private static void text(String value, String field, int max, Map<String, String> details, List<FieldProblem> problems) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, "obligatoire / required"));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, max + " caractères au plus / at most " + max + " characters"));
        } else {
            details.put(field, value.strip());
        }
    }

    private static LocalDate date(String value, String field, LocalDate today, List<FieldProblem> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            var date = LocalDate.parse(value);
            if (date.isBefore(today)) {
                problems.add(new FieldProblem(field, "ne peut pas être passée / cannot be in the past"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "date attendue AAAA-MM-JJ / expected YYYY-MM-DD"));
            return null;
        }
    }

    private static UUID uuid(String value, String field, boolean required, List<FieldProblem> problems) {
        if (blank(value)) {
            if (required) {
                problems.add(new FieldProblem(field, "obligatoire / required"));
            }
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "identifiant invalide / invalid id"));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
