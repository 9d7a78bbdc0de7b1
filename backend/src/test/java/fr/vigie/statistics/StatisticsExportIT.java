package fr.vigie.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.VigieApi;
import fr.vigie.triage.ReportRetention;

/**
 * The exports of {@link KnownActivity}'s month, read back with the libraries a funder's tools
 * use: the CSV with Commons CSV, the workbook with POI, the PDF with PDFBox's text extraction.
 * Every count from 1 to 4 is "&lt; 5" in each (the month has 6 reports and 5 decisions, every
 * group fewer), no content, contact or worker's name is in any, and each export is audited.
 */
class StatisticsExportIT extends EmbeddedServersTest {

    private static final String PERIOD = "&from=" + KnownActivity.FROM + "&to=" + KnownActivity.TO;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportRetention retention;

    private KnownActivity activity;
    private VigieApi coordinator;

    @BeforeEach
    void known() {
        activity = new KnownActivity(jdbc, retention).write();
        coordinator = api();
        coordinator.login("admin", ADMIN_PASSWORD);
    }

    @AfterEach
    void remove() {
        activity.remove();
    }

    @Test
    void csvWithBomSemicolonsFrenchHeadersAndSmallCellsSuppressed() throws Exception {
        var file = coordinator.download("/api/v1/statistics/export?format=csv" + PERIOD);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("text/csv");
        assertThat(file.headers().get("content-disposition").getFirst())
                .contains("attachment").contains("vigie-statistiques-2021-03-01-2021-03-31.csv");
        assertThat(file.body()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(file.body(), 3, file.body().length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst()).contains("Rubrique;Élément;Indicateur;Valeur");

        List<CSVRecord> rows;
        try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text))) {
            rows = parser.getRecords();
        }
        assertThat(value(rows, "Synthèse", "Signalements reçus")).isEqualTo("6");
        assertThat(value(rows, "Synthèse", "Décisions enregistrées")).isEqualTo("5");
        assertThat(value(rows, "Synthèse", "Période")).isEqualTo("du 01/03/2021 au 31/03/2021");
        assertThat(value(rows, "Signalements reçus par priorité", "P1 — immédiate")).isEqualTo("< 5");
        assertThat(value(rows, "Signalements reçus par statut actuel", "Doublon d'une annonce déjà vue")).isEqualTo("0");
        assertThat(value(rows, "Orientations par destinataire", "CRIP (information préoccupante)")).isEqualTo("< 5");
        assertThat(value(rows, "Signalements reçus par département", "Non renseigné")).isEqualTo("< 5");
        assertThat(value(rows, "Signalements reçus par source", "Saisie manuelle")).isEqualTo("< 5");
        assertThat(rows.stream().filter(r -> r.get(0).startsWith("Évolution")).count()).isEqualTo(31 * 2);
        for (var row : rows) {
            assertNoSmallCount(row.get("Valeur"), row.toString());
        }
        assertNoPrivateWords(text);
        assertThat(exports("CSV")).isPositive();
    }

    @Test
    void xlsxReadByPoi() throws Exception {
        var file = coordinator.download("/api/v1/statistics/export?format=xlsx" + PERIOD);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            var synthesis = workbook.getSheet("Synthèse");
            assertThat(synthesis.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Indicateur");
            assertThat(synthesis.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Signalements reçus");
            assertThat(synthesis.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(6.0);
            var bands = workbook.getSheet("Priorités");
            assertThat(bands.getRow(1).getCell(0).getStringCellValue()).isEqualTo("P1 — immédiate");
            assertThat(bands.getRow(1).getCell(1).getStringCellValue()).isEqualTo("< 5");
            assertThat(workbook.getSheet("Évolution").getLastRowNum()).isEqualTo(31);
            var all = new StringBuilder();
            for (var sheet : workbook) {
                for (var row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            double n = cell.getNumericCellValue();
                            assertThat(n == 0 || n >= 5).as("%s!%s = %s", sheet.getSheetName(), cell.getAddress(), n).isTrue();
                        } else {
                            all.append(cell.getStringCellValue()).append('\n');
                            assertNoSmallCount(cell.getStringCellValue(), sheet.getSheetName() + "!" + cell.getAddress());
                        }
                    }
                }
            }
            assertNoPrivateWords(all.toString());
        }
        assertThat(exports("XLSX")).isPositive();
    }

    @Test
    void pdfActivityReportInFrench() throws Exception {
        var file = coordinator.download("/api/v1/statistics/export?format=pdf" + PERIOD);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        String text;
        try (var pdf = Loader.loadPDF(file.body())) {
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Rapport d'activité");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("Rapport d'activité", "Association (nom à configurer", "du 01/03/2021 au 31/03/2021",
                "Signalements reçus", "Décisions enregistrées", "Délais par priorité", "Note méthodologique", "P1 — immédiate",
                "Orientation / signalement", "Non renseigné");
        var totals = text.lines().map(String::strip).toList();
        assertThat(totals).contains("6", "5");
        assertThat(text).contains("< 5");
        // every number standing alone in the tables is 0 or at least 5 (dates and delays aside)
        for (String line : totals) {
            for (String word : line.split(" ")) {
                if (word.matches("[1-4]") && !line.contains("/") && !line.contains("min") && !line.contains(" h")) {
                    throw new AssertionError("a small count in the PDF: " + line);
                }
            }
        }
        assertNoPrivateWords(text);
        assertThat(exports("PDF")).isPositive();
    }

    private long exports(String format) {
        return jdbc.sql("""
                select count(*) from audit_log where action = 'STATISTICS_EXPORTED'
                  and cast(details as jsonb) ->> 'format' = :format and cast(details as jsonb) ->> 'from' = '2021-03-01'""")
                .param("format", format).query(Long.class).single();
    }

    private static String value(List<CSVRecord> rows, String section, String element) {
        var found = new ArrayList<String>();
        rows.stream().filter(r -> r.get("Rubrique").equals(section) && r.get("Élément").equals(element))
                .forEach(r -> found.add(r.get("Valeur")));
        assertThat(found).as("%s / %s", section, element).hasSize(1);
        return found.getFirst();
    }

    private static void assertNoSmallCount(String value, String where) {
        assertThat(value).as(where).doesNotMatch("[1-4]");
    }

    private static void assertNoPrivateWords(String text) {
        assertThat(text).doesNotContain("Texte fictif", "camille", "stat-");
    }
}
