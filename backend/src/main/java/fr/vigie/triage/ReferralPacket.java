package fr.vigie.triage;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The referral packet: what a protection channel (CRIP, prosecutor, 119, PHAROS, police) needs —
 * the facts of the report, the entities, the decisions so far — as plain text to print or attach.
 * Internal notes never go in it.
 */
final class ReferralPacket {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private ReferralPacket() {
    }

    static String of(ReportDetail r) {
        var out = new StringBuilder();
        out.append("SIGNALEMENT ").append(r.id()).append("\n");
        out.append("Priorité : ").append(r.priority()).append(" (score ").append(r.score()).append(")\n");
        out.append("Vu le : ").append(WHEN.format(r.observedAt())).append("\n");
        out.append("Reçu le : ").append(WHEN.format(r.receivedAt())).append("\n");
        out.append("Plateforme : ").append(r.platform()).append(r.platformName() == null ? "" : " — " + r.platformName()).append("\n");
        if (r.url() != null) {
            out.append("Adresse (non consultée par Vigie) : ").append(r.url()).append("\n");
        }
        var l = r.location();
        if (l != null && (l.city() != null || l.department() != null)) {
            out.append("Lieu : ").append(l.city() == null ? "" : l.city())
                    .append(l.postalCode() == null ? "" : " " + l.postalCode())
                    .append(l.department() == null ? "" : " (" + l.department() + ")").append("\n");
        }
        out.append("\nTEXTE DE L'ANNONCE\n").append(r.text()).append("\n");
        out.append("\nÉLÉMENTS RELEVÉS\n");
        var e = r.entities();
        line(out, "Téléphones", String.join(", ", e.phones()));
        line(out, "Pseudonymes", String.join(", ", e.handles()));
        line(out, "Âges indiqués", String.join(", ", e.ages().stream().map(String::valueOf).toList()));
        line(out, "Années de naissance", String.join(", ", e.birthYears().stream().map(String::valueOf).toList()));
        line(out, "Scolarité", String.join(", ", e.schoolLevels()));
        line(out, "Contacts déclarés", String.join(", ", r.contacts()));
        out.append("\nMOTIFS DE PRIORITÉ\n");
        for (var s : r.signals()) {
            out.append("- ").append(s.label()).append(s.evidence() == null ? "" : " : « " + s.evidence() + " »").append("\n");
        }
        out.append("\nDÉCISIONS\n");
        r.history().stream().filter(h -> h.kind().equals("DECISION")).forEach(h -> {
            out.append("- ").append(WHEN.format(h.at())).append(" ").append(h.type()).append(" par ").append(h.author());
            h.details().forEach((k, v) -> out.append("\n    ").append(k).append(" : ").append(v));
            out.append("\n");
        });
        r.history().stream().filter(h -> h.type().equals("SHAREABLE")).forEach(h ->
                out.append("Note : ").append(h.details().get("text")).append("\n"));
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        if (!value.isBlank()) {
            out.append(label).append(" : ").append(value).append("\n");
        }
    }
}
