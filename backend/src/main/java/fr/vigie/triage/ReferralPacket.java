package fr.vigie.triage;

/**
 * The referral packet as plain text, for the body of an e-mail to a protection channel: the same
 * French words and sections as the PDF ({@link ReferralDossier}).
 */
final class ReferralPacket {

    private ReferralPacket() {
    }

    static String text(ReferralDossier dossier) {
        var out = new StringBuilder();
        out.append(dossier.title().toUpperCase(java.util.Locale.FRENCH)).append("\n");
        for (var section : dossier.sections()) {
            out.append("\n").append(section.heading().toUpperCase(java.util.Locale.FRENCH)).append("\n");
            for (var line : section.lines()) {
                switch (line.kind()) {
                    case FACT -> out.append(line.label()).append(" : ").append(line.text()).append("\n");
                    case PARAGRAPH -> out.append(line.text()).append("\n");
                    case BULLET -> out.append("- ").append(line.text()).append("\n");
                    case DETAIL -> out.append("    ").append(line.label()).append(" : ").append(line.text()).append("\n");
                }
            }
        }
        out.append("\nDocument confidentiel : il concerne peut-être un·e mineur·e. Les notes internes de l’équipe n’y figurent pas.\n");
        return out.toString();
    }
}
