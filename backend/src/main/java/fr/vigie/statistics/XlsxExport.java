package fr.vigie.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The figures as an Excel workbook: one sheet per section, French headers in bold, counts as
 * numbers (so they add up in the spreadsheet) except those shown "&lt; 5", which are text.
 */
final class XlsxExport {

    /** Short sheet names: a tab shows about 20 characters. */
    private static final java.util.Map<String, String> SHEETS = java.util.Map.of("synthese", "Synthèse", "priorites", "Priorités",
            "statuts", "Statuts", "decisions", "Décisions", "orientations", "Orientations", "departements", "Départements",
            "plateformes", "Plateformes", "sources", "Sources", "delais", "Délais", "serie", "Évolution");

    private XlsxExport() {
    }

    static byte[] of(FigureTable table) {
        try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (var section : table.sections()) {
                Sheet sheet = workbook.createSheet(SHEETS.getOrDefault(section.code(), sheetName(section.title())));
                Row header = sheet.createRow(0);
                for (int i = 0; i < section.columns().size(); i++) {
                    Cell cell = header.createCell(i);
                    cell.setCellValue(section.columns().get(i));
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (var row : section.rows()) {
                    Row line = sheet.createRow(r++);
                    line.createCell(0).setCellValue(row.label());
                    for (int i = 0; i < row.cells().size(); i++) {
                        var value = row.cells().get(i);
                        Cell cell = line.createCell(i + 1);
                        if (value.count() != null && !value.suppressed()) {
                            cell.setCellValue(value.count());
                        } else {
                            cell.setCellValue(value.shown());
                        }
                    }
                }
                for (int i = 0; i < section.columns().size(); i++) {
                    sheet.setColumnWidth(i, Math.min(60, Math.max(12, section.columns().get(i).length() + 2)) * 256);
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel's limits: 31 characters, none of {@code : \ / ? * [ ]}. */
    static String sheetName(String title) {
        String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ");
        return name.length() <= 31 ? name : name.substring(0, 31);
    }
}
