package fr.vigie.statistics;

import java.awt.Color;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import fr.vigie.statistics.FigureTable.Cell;
import fr.vigie.statistics.FigureTable.Section;

/**
 * The "Rapport d'activité" for funders: the association, the period, the key figures, charts
 * drawn server-side with PDFBox's own shapes (bars; no AWT, no browser), every section's table,
 * and a methodology note. A count from 1 to 4 is printed "&lt; 5" and its bar is not drawn: its
 * length would give the count away.
 */
final class ActivityReportPdf {

    static final String TITLE = "Rapport d'activité";
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH);
    private static final Color BAR = new Color(0x1d, 0x4e, 0x89);
    private static final Color SECOND = new Color(0xe0, 0x8a, 0x1e);
    private static final Color TARGET = new Color(0xc0, 0x1c, 0x28);
    private static final float LABEL = 170;

    private ActivityReportPdf() {
    }

    static byte[] of(ActivityFigures figures, FigureTable table, AssociationProperties association, ZonedDateTime printedAt) {
        try (var pdf = new PdfPages()) {
            var info = pdf.document().getDocumentInformation();
            info.setTitle(TITLE + " — " + association.name());
            info.setAuthor(association.name());
            info.setCreator("Vigie");
            pdf.document().getDocumentCatalog().setLanguage("fr-FR");

            pdf.paragraph(TITLE, pdf.bold, 24, PdfPages.INK);
            pdf.paragraph(association.name(), pdf.bold, 14, PdfPages.INK);
            if (!association.territory().isBlank()) {
                pdf.paragraph(association.territory(), pdf.regular, 11, PdfPages.MUTED);
            }
            pdf.paragraph("Période : du " + FigureTable.DAY.format(figures.from()) + " au " + FigureTable.DAY.format(figures.to())
                    + " (heure de Paris)", pdf.regular, 11, PdfPages.INK);
            pdf.paragraph("Édité le " + PRINTED.format(printedAt) + " par Vigie, maraude numérique contre la prostitution des mineurs.",
                    pdf.regular, 9, PdfPages.MUTED);
            pdf.down(10);

            keyFigures(pdf, table.section("synthese"));
            series(pdf, table.section("serie"));
            bars(pdf, table.section("priorites"));
            bars(pdf, table.section("decisions"));
            bars(pdf, table.section("orientations"));
            delays(pdf, figures);
            for (String code : List.of("statuts", "departements", "plateformes", "sources", "delais", "serie")) {
                table(pdf, table.section(code));
            }
            methodology(pdf);
            return pdf.finish(TITLE + " — " + association.name() + " — du " + FigureTable.DAY.format(figures.from()) + " au "
                    + FigureTable.DAY.format(figures.to()));
        }
    }

    private static void keyFigures(PdfPages pdf, Section synthesis) {
        pdf.room(60);
        float x = PdfPages.MARGIN;
        for (var row : synthesis.rows().subList(1, synthesis.rows().size())) {
            pdf.box(x, pdf.y() - 50, 200, 50, new Color(0xee, 0xf2, 0xf7));
            pdf.text(x + 10, pdf.y() - 24, row.cells().get(0).shown(), pdf.bold, 18, PdfPages.INK);
            pdf.text(x + 10, pdf.y() - 40, row.label(), pdf.regular, 9, PdfPages.MUTED);
            x += 215;
        }
        pdf.down(65);
    }

    private static void heading(PdfPages pdf, String title, float blockHeight) {
        pdf.room(blockHeight + 30);
        pdf.down(6);
        pdf.paragraph(title, pdf.bold, 12, PdfPages.INK);
        pdf.down(4);
    }

    /** One horizontal bar per row, scaled to the largest count shown. */
    private static void bars(PdfPages pdf, Section section) {
        float rowHeight = 16;
        heading(pdf, section.title(), section.rows().size() * rowHeight);
        long max = section.rows().stream().map(r -> r.cells().get(0)).filter(c -> !c.suppressed())
                .mapToLong(Cell::count).max().orElse(0);
        float area = PdfPages.WIDTH - LABEL - 40;
        for (var row : section.rows()) {
            var cell = row.cells().get(0);
            float top = pdf.y();
            pdf.text(PdfPages.MARGIN, top - 11, row.label(), pdf.regular, 9, PdfPages.INK);
            float length = cell.suppressed() || max == 0 ? 0 : area * cell.count() / max;
            if (length > 0) {
                pdf.box(PdfPages.MARGIN + LABEL, top - 13, length, 11, BAR);
            }
            pdf.text(PdfPages.MARGIN + LABEL + length + 4, top - 11, cell.shown(), pdf.regular, 9, PdfPages.INK);
            pdf.down(rowHeight);
        }
    }

    /** Columns per point: received (blue) and decided (orange), with a legend. */
    private static void series(PdfPages pdf, Section section) {
        float height = 120;
        heading(pdf, section.title(), height + 30);
        var rows = section.rows();
        long max = rows.stream().flatMap(r -> r.cells().stream()).filter(c -> !c.suppressed()).mapToLong(Cell::count).max().orElse(0);
        float bottom = pdf.y() - height;
        float left = PdfPages.MARGIN + 30;
        float slot = (PdfPages.WIDTH - 30) / Math.max(1, rows.size());
        pdf.line(left, bottom, left + slot * rows.size(), bottom, PdfPages.RULE, 0.8f);
        pdf.textRight(left - 4, bottom + height - 8, Long.toString(max), pdf.regular, 8, PdfPages.MUTED);
        pdf.textRight(left - 4, bottom, "0", pdf.regular, 8, PdfPages.MUTED);
        int every = Math.max(1, (int) Math.ceil(rows.size() / 8.0));
        for (int i = 0; i < rows.size(); i++) {
            float x = left + i * slot;
            float bar = Math.max(1, slot * 0.4f);
            column(pdf, rows.get(i).cells().get(0), x + slot * 0.1f, bar, bottom, height, max, BAR);
            column(pdf, rows.get(i).cells().get(1), x + slot * 0.1f + bar, bar, bottom, height, max, SECOND);
            if (i % every == 0) {
                pdf.text(x, bottom - 11, rows.get(i).label().substring(0, 5), pdf.regular, 7, PdfPages.MUTED);
            }
        }
        pdf.down(height + 16);
        pdf.box(PdfPages.MARGIN, pdf.y() - 9, 8, 8, BAR);
        pdf.text(PdfPages.MARGIN + 12, pdf.y() - 8, section.columns().get(1), pdf.regular, 8, PdfPages.INK);
        pdf.box(PdfPages.MARGIN + 140, pdf.y() - 9, 8, 8, SECOND);
        pdf.text(PdfPages.MARGIN + 152, pdf.y() - 8, section.columns().get(2) + " (barres des effectifs inférieurs à 5 non tracées)",
                pdf.regular, 8, PdfPages.INK);
        pdf.down(16);
    }

    private static void column(PdfPages pdf, Cell cell, float x, float width, float bottom, float height, long max, Color color) {
        if (!cell.suppressed() && max > 0 && cell.count() > 0) {
            pdf.box(x, bottom, width, height * cell.count() / max, color);
        }
    }

    /**
     * Time to first claim per band: the median (dark) and the 90th percentile (light) as bars,
     * the band's target as a red mark. Bands with fewer than 5 claimed reports are not drawn.
     */
    private static void delays(PdfPages pdf, ActivityFigures figures) {
        float rowHeight = 22;
        heading(pdf, "Délai de première prise en charge par priorité (médiane, 9 sur 10, objectif)", 4 * rowHeight + 20);
        long max = 1;
        for (var d : figures.timeToClaim().values()) {
            if (d.count() >= SmallCells.THRESHOLD) {
                max = Math.max(max, seconds(d.p90()));
            }
            max = Math.max(max, seconds(d.target()));
        }
        float area = PdfPages.WIDTH - LABEL - 60;
        for (var entry : figures.timeToClaim().entrySet()) {
            var d = entry.getValue();
            float top = pdf.y();
            pdf.text(PdfPages.MARGIN, top - 13, FrenchLabels.of(entry.getKey()), pdf.regular, 9, PdfPages.INK);
            float x = PdfPages.MARGIN + LABEL;
            String shown;
            if (d.count() >= SmallCells.THRESHOLD) {
                pdf.box(x, top - 16, area * seconds(d.p90()) / max, 14, new Color(0x9d, 0xb9, 0xd9));
                pdf.box(x, top - 16, area * seconds(d.p50()) / max, 14, BAR);
                shown = FrenchLabels.duration(d.p50()) + " / " + FrenchLabels.duration(d.p90());
            } else {
                shown = d.count() == 0 ? "aucun" : "moins de 5 : non publié";
            }
            if (d.target() != null) {
                float mark = x + area * seconds(d.target()) / max;
                pdf.line(mark, top - 19, mark, top - 1, TARGET, 1.5f);
                shown += " — objectif " + FrenchLabels.duration(d.target());
            }
            pdf.text(x, top - 25, shown, pdf.regular, 7, PdfPages.MUTED);
            pdf.down(rowHeight + 6);
        }
    }

    private static long seconds(String iso) {
        return iso == null ? 0 : Duration.parse(iso).toSeconds();
    }

    private static void table(PdfPages pdf, Section section) {
        float rowHeight = 14;
        int columns = section.columns().size();
        float size = columns > 4 ? 7 : 9;
        heading(pdf, section.title(), Math.min(6, section.rows().size() + 1) * rowHeight);
        float first = columns > 4 ? 90 : 220;
        float other = (PdfPages.WIDTH - first) / Math.max(1, columns - 1);
        headerRow(pdf, section, first, other, size);
        for (var row : section.rows()) {
            if (pdf.y() - rowHeight < PdfPages.MARGIN + 20) {
                pdf.room(rowHeight * 2);
                headerRow(pdf, section, first, other, size);
            }
            float baseline = pdf.y() - 10;
            pdf.text(PdfPages.MARGIN, baseline, row.label(), pdf.regular, size, PdfPages.INK);
            for (int i = 0; i < row.cells().size(); i++) {
                pdf.textRight(PdfPages.MARGIN + first + other * (i + 1) - 4, baseline, row.cells().get(i).shown(), pdf.regular,
                        size, PdfPages.INK);
            }
            pdf.line(PdfPages.MARGIN, pdf.y() - rowHeight + 1, PdfPages.MARGIN + PdfPages.WIDTH, pdf.y() - rowHeight + 1,
                    PdfPages.RULE, 0.4f);
            pdf.down(rowHeight);
        }
    }

    private static void headerRow(PdfPages pdf, Section section, float first, float other, float size) {
        boolean wide = section.columns().size() > 4;
        float height = wide ? 36 : 16;
        float top = pdf.y();
        pdf.text(PdfPages.MARGIN, top - 10, section.columns().get(0), pdf.bold, size, PdfPages.INK);
        for (int i = 1; i < section.columns().size(); i++) {
            float right = PdfPages.MARGIN + first + other * i - 4;
            // headers wrapped to their column, up to three lines
            var lines = new java.util.ArrayList<String>();
            var line = new StringBuilder();
            for (String word : section.columns().get(i).replace(" — ", " ").split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (pdf.width(candidate, pdf.bold, size - 1) > other - 6 && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            for (int l = 0; l < Math.min(lines.size(), wide ? 4 : 1); l++) {
                pdf.textRight(right, top - 10 - l * size, lines.get(l), pdf.bold, size - 1, PdfPages.INK);
            }
        }
        pdf.down(height);
    }

    private static void methodology(PdfPages pdf) {
        heading(pdf, "Note méthodologique", 120);
        for (String paragraph : List.of(
                "Source : la base de Vigie, outil de travail de l'équipe de maraude numérique. Les chiffres sont calculés au moment "
                        + "de l'édition ; un signalement décidé depuis peut changer de statut.",
                "Signalements reçus : les signalements (annonces ou publications vues en ligne, transmises par un partenaire ou "
                        + "saisies par l'équipe) arrivés pendant la période, jours comptés à l'heure de Paris. Les répartitions par "
                        + "priorité, statut actuel, type de plateforme, département et source portent sur eux.",
                "Décisions enregistrées : les décisions prises pendant la période (prise de contact, orientation vers une "
                        + "protection, sans suite, doublon, transmission à la coordination), quelle que soit la date d'arrivée du "
                        + "signalement. Les orientations sont comptées par destinataire (CRIP, procureur, 119, PHAROS, police, "
                        + "association partenaire).",
                "Délais : pour les signalements reçus pendant la période, le temps entre l'arrivée et la première prise en charge "
                        + "par un membre de l'équipe, et entre l'arrivée et la première décision (hors transmission à la coordination). "
                        + "La médiane est le délai en dessous duquel se trouve la moitié des signalements ; « 9 sur 10 en moins de » "
                        + "est le 90e centile ; ils sont mesurés à la minute près pour les délais de moins d'une heure (5 minutes "
                        + "jusqu'à 6 h, 15 minutes jusqu'à 24 h, une heure au-delà). L'objectif est le délai de prise en charge fixé par la coordination pour chaque "
                        + "priorité ; « dans l'objectif » est la part des signalements pris en charge dans ce délai.",
                "Protection des personnes : aucun contenu d'annonce, aucun contact, aucun nom de membre de l'équipe ne figure dans "
                        + "ce rapport. Les effectifs inférieurs à 5 (zéro excepté) sont affichés « < 5 » et leurs barres ne sont pas tracées, et un délai "
                        + "calculé sur moins de 5 signalements n'est pas publié, pour qu'aucune case ne permette de reconnaître une "
                        + "jeune personne.")) {
            pdf.paragraph(paragraph, pdf.regular, 9, PdfPages.INK);
            pdf.down(4);
        }
    }
}
