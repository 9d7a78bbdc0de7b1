package fr.vigie.triage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a referral packet says, in French, laid out once for both its forms (the PDF and the text
 * for an e-mail body): the association, the facts, the text as seen, what was found in it, the
 * signals with their evidence, the linked reports and sightings, the decisions with their
 * approvals and referral steps, the notes written to be shared. Internal notes never go in it.
 */
record ReferralDossier(String title, List<Section> sections) {

    /** A heading and its lines. */
    record Section(String heading, List<Line> lines) {
    }

    /**
     * One line: a labelled fact, a paragraph of text, a bullet, or a detail under a bullet.
     */
    record Line(Kind kind, String label, String text) {

        enum Kind { FACT, PARAGRAPH, BULLET, DETAIL }
    }

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    static ReferralDossier of(ReportDetail r, AssociationProperties association, Instant issuedAt) {
        var sections = new ArrayList<Section>();
        sections.add(new Section("Association émettrice", facts(
                "Nom", association.name(), "Adresse", association.address(), "Téléphone", association.phone(),
                "Courriel", association.email(), "Interlocuteur", association.contact(),
                "Dossier établi le", WHEN.format(issuedAt))));

        var l = r.location();
        String place = l == null ? null : String.join(" ", java.util.stream.Stream.of(l.postalCode(), l.city(),
                l.department() == null ? null : "(" + l.department() + ")").filter(s -> s != null && !s.isBlank()).toList());
        sections.add(new Section("Le signalement", facts(
                "Référence Vigie", r.id().toString(),
                "Priorité", FrenchLabels.of(FrenchLabels.BANDS, r.priority().name()) + " (score " + r.score() + ")",
                "Statut", FrenchLabels.of(FrenchLabels.STATUSES, r.status().name()),
                "Vu le", WHEN.format(r.observedAt()),
                "Reçu le", WHEN.format(r.receivedAt()),
                "Plateforme", FrenchLabels.of(FrenchLabels.PLATFORMS, r.platform())
                        + (r.platformName() == null ? "" : " — " + r.platformName()),
                "Adresse de l’annonce (jamais consultée par Vigie)", r.url(),
                "Lieu", place,
                "Inquiétude du signalant", FrenchLabels.of(FrenchLabels.CONCERNS, r.reporterConcern()),
                "Transmis par", r.source(),
                "Note du signalant", r.note())));

        sections.add(new Section("Texte de l’annonce, tel qu’il a été vu",
                List.of(new Line(Line.Kind.PARAGRAPH, null, r.text()))));

        var e = r.entities();
        sections.add(new Section("Éléments relevés dans le texte", facts(
                "Téléphones", String.join(", ", e.phones()),
                "Pseudonymes", String.join(", ", e.handles().stream().map(h -> "@" + h).toList()),
                "Âges indiqués", e.ages().stream().map(a -> a + " ans").collect(Collectors.joining(", ")),
                "Années de naissance", e.birthYears().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                "Scolarité", String.join(", ", e.schoolLevels()),
                "Lieux cités", String.join(", ", e.places()),
                "Contacts déclarés par le signalant", String.join(", ", r.contacts()))));

        sections.add(new Section("Motifs de priorité", r.signals().isEmpty() ? none("Aucun signal relevé.")
                : r.signals().stream().map(s -> bullet(s.label() + (s.evidence() == null || s.evidence().isBlank() ? ""
                        : " : « " + s.evidence() + " »"))).toList()));

        sections.add(new Section("Signalements liés (même téléphone ou pseudonyme)", r.linkedReports().isEmpty()
                ? none("Aucun signalement lié.")
                : r.linkedReports().stream().map(k -> bullet("Signalement " + k.id() + " — "
                        + FrenchLabels.of(FrenchLabels.BANDS, k.priority().name()) + " — "
                        + FrenchLabels.of(FrenchLabels.STATUSES, k.status().name()) + " — contact partagé : "
                        + String.join(", ", k.sharedContacts()))).toList()));

        sections.add(new Section("La même annonce vue à nouveau", r.sightings().isEmpty() ? none("Aucune autre observation.")
                : r.sightings().stream().map(s -> bullet("Le " + WHEN.format(s.seenAt())
                        + (s.source() == null ? "" : ", par " + s.source()) + " (" + FrenchLabels.of(FrenchLabels.MATCHED_ON,
                                s.matchedOn()) + ")")).toList()));

        sections.add(new Section("Décisions", decisions(r)));

        var shared = r.history().stream().filter(h -> h.kind().equals("NOTE") && h.type().equals("SHAREABLE")).toList();
        if (!shared.isEmpty()) {
            sections.add(new Section("Notes transmissibles", shared.stream()
                    .map(h -> bullet(WHEN.format(h.at()) + " : " + h.details().get("text"))).toList()));
        }
        return new ReferralDossier("Dossier de signalement — mineur·e en danger possible", sections);
    }

    private static List<Line> decisions(ReportDetail r) {
        var lines = new ArrayList<Line>();
        var history = r.history();
        for (var d : history) {
            if (!d.kind().equals("DECISION")) {
                continue;
            }
            lines.add(bullet(WHEN.format(d.at()) + " — " + FrenchLabels.of(FrenchLabels.DECISION_TYPES, d.type())
                    + ", par " + d.author() + " (" + FrenchLabels.of(FrenchLabels.DECISION_STATES, d.state()) + ")"));
            d.details().forEach((field, value) -> lines.add(new Line(Line.Kind.DETAIL,
                    FrenchLabels.of(FrenchLabels.FIELDS, field), FrenchLabels.detail(d.type(), field, value))));
            for (var h : history) {
                if (h.id().equals(d.id()) && h.kind().equals("APPROVAL")) {
                    lines.add(new Line(Line.Kind.DETAIL, h.type().equals(DecisionStates.APPROVED) ? "Approuvée" : "Refusée",
                            "par " + h.author() + " le " + WHEN.format(h.at())
                                    + (h.details().containsKey("comment") ? " — « " + h.details().get("comment") + " »" : "")));
                }
            }
            r.referrals().stream().filter(p -> p.decisionId().equals(d.id())).forEach(p -> {
                lines.add(new Line(Line.Kind.DETAIL, "Suivi de l’orientation", FrenchLabels.of(FrenchLabels.REFERRAL_STATES, p.state())));
                if (p.sent() != null) {
                    lines.add(new Line(Line.Kind.DETAIL, "Envoyée", "le " + WHEN.format(p.sent().at()) + " par " + p.sent().by()
                            + " — " + FrenchLabels.of(FrenchLabels.SEND_METHODS, p.sent().method())
                            + (p.sent().recipient() == null ? "" : ", à " + p.sent().recipient())));
                }
                if (p.acknowledged() != null) {
                    lines.add(new Line(Line.Kind.DETAIL, "Accusé de réception", "le " + WHEN.format(p.acknowledged().at())
                            + ", référence du service : " + p.acknowledged().reference()));
                }
            });
        }
        return lines.isEmpty() ? none("Aucune décision à ce jour.") : lines;
    }

    /** Label/value pairs, those without a value left out. */
    private static List<Line> facts(String... pairs) {
        var lines = new ArrayList<Line>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) {
                lines.add(new Line(Line.Kind.FACT, pairs[i], pairs[i + 1]));
            }
        }
        return lines.isEmpty() ? none("Rien de relevé.") : lines;
    }

    private static Line bullet(String text) {
        return new Line(Line.Kind.BULLET, null, text);
    }

    private static List<Line> none(String text) {
        return List.of(new Line(Line.Kind.PARAGRAPH, null, text));
    }
}
