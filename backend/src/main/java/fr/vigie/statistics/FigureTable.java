package fr.vigie.statistics;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a period laid out once for every export: sections of rows, each cell a count
 * (shown "&lt; 5" from 1 to 4, {@link SmallCells}) or a text. CSV, XLSX and PDF print the same
 * sections, so the three always agree.
 */
record FigureTable(List<Section> sections) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);

    /** A value: a count, or a text (a delay, a share) when {@code count} is null. */
    record Cell(Long count, String text) {
        static Cell count(long n) {
            return new Cell(n, null);
        }

        static Cell text(String text) {
            return new Cell(null, text);
        }

        boolean suppressed() {
            return count != null && SmallCells.suppressed(count);
        }

        /** What is printed: a suppressed count as "&lt; 5". */
        String shown() {
            return count == null ? text : SmallCells.show(count);
        }
    }

    record Row(String label, List<Cell> cells) {
    }

    /**
     * @param code    a stable name (sheet names, charts)
     * @param title   the French title
     * @param columns the French headers: the rows' label first, then one per cell
     */
    record Section(String code, String title, List<String> columns, List<Row> rows) {
    }

    static FigureTable of(ActivityFigures f) {
        var sections = new ArrayList<Section>();
        sections.add(new Section("synthese", "Synthèse", List.of("Indicateur", "Valeur"), List.of(
                new Row("Période", List.of(Cell.text("du " + DAY.format(f.from()) + " au " + DAY.format(f.to())))),
                new Row("Signalements reçus", List.of(Cell.count(f.received()))),
                new Row("Décisions enregistrées", List.of(Cell.count(f.byDecision().values().stream().mapToLong(Long::longValue).sum())))
        )));
        sections.add(counts("priorites", "Signalements reçus par priorité", "Priorité", f.byPriority()));
        sections.add(counts("statuts", "Signalements reçus par statut actuel", "Statut", f.byStatus()));
        sections.add(counts("decisions", "Décisions enregistrées par type", "Décision", f.byDecision()));
        sections.add(counts("orientations", "Orientations par destinataire", "Destinataire", f.byReferralChannel()));
        var departments = new ArrayList<Row>();
        f.byDepartment().forEach((code, n) -> departments.add(new Row(FrenchLabels.department(code), List.of(Cell.count(n)))));
        sections.add(new Section("departements", "Signalements reçus par département", List.of("Département", "Signalements"),
                departments));
        sections.add(counts("plateformes", "Signalements reçus par type de plateforme", "Plateforme", f.byPlatform()));
        var partners = new ArrayList<Row>();
        f.byPartner().forEach(p -> partners.add(new Row(p.name(), List.of(Cell.count(p.received())))));
        sections.add(new Section("sources", "Signalements reçus par source", List.of("Source", "Signalements"), partners));
        var delays = new ArrayList<Row>();
        f.timeToClaim().forEach((band, claim) -> {
            var decision = f.timeToDecision().get(band);
            delays.add(new Row(FrenchLabels.of(band), List.of(
                    Cell.count(claim.count()), delay(claim.count(), claim.p50()), delay(claim.count(), claim.p90()),
                    Cell.text(claim.target() == null ? "—" : FrenchLabels.duration(claim.target())),
                    Cell.text(claim.withinTarget() == null || claim.count() < SmallCells.THRESHOLD ? "—"
                            : Math.round(claim.withinTarget() * 100) + " %"),
                    Cell.count(decision.count()), delay(decision.count(), decision.p50()), delay(decision.count(), decision.p90()))));
        });
        sections.add(new Section("delais", "Délais par priorité", List.of("Priorité", "Pris en charge",
                "Première prise en charge — médiane", "Première prise en charge — 9 sur 10 en moins de", "Objectif",
                "Dans l'objectif", "Décidés", "Décision — médiane", "Décision — 9 sur 10 en moins de"), delays));
        var series = new ArrayList<Row>();
        f.series().forEach(p -> series.add(new Row(DAY.format(p.start()), List.of(Cell.count(p.received()), Cell.count(p.decided())))));
        sections.add(new Section("serie", "Évolution par " + interval(f.interval()), List.of(start(f.interval()), "Signalements reçus",
                "Décisions enregistrées"), series));
        return new FigureTable(List.copyOf(sections));
    }

    Section section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    /** A delay measured on fewer than 5 reports is not printed: it would describe one or two cases. */
    private static Cell delay(long measured, String iso) {
        return Cell.text(measured < SmallCells.THRESHOLD ? (measured == 0 ? "—" : SmallCells.SUPPRESSED) : FrenchLabels.duration(iso));
    }

    private static Section counts(String code, String title, String label, Map<String, Long> counts) {
        var rows = new ArrayList<Row>();
        counts.forEach((key, n) -> rows.add(new Row(FrenchLabels.of(key), List.of(Cell.count(n)))));
        return new Section(code, title, List.of(label, "Nombre"), rows);
    }

    private static String interval(String interval) {
        return switch (interval) {
            case "week" -> "semaine";
            case "month" -> "mois";
            default -> "jour";
        };
    }

    private static String start(String interval) {
        return switch (interval) {
            case "week" -> "Semaine du";
            case "month" -> "Mois du";
            default -> "Jour";
        };
    }
}
