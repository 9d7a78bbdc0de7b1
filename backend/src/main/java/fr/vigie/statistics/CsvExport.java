package fr.vigie.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The figures as CSV for spreadsheet users in France: UTF-8 with a byte-order mark (so that Excel
 * reads the accents), {@code ;} between fields (the comma is the decimal separator there), CRLF,
 * French headers. One tidy table of four columns — section, element, measure, value — that a
 * pivot table can rebuild every view from.
 */
final class CsvExport {

    static final String[] HEADERS = { "Rubrique", "Élément", "Indicateur", "Valeur" };
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .setHeader(HEADERS).get();

    private CsvExport() {
    }

    static byte[] of(FigureTable table) {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF'); // before the printer, which writes the header as it opens
            var csv = new CSVPrinter(writer, FORMAT);
            for (var section : table.sections()) {
                for (var row : section.rows()) {
                    for (int i = 0; i < row.cells().size(); i++) {
                        csv.printRecord(section.title(), row.label(), section.columns().get(i + 1), row.cells().get(i).shown());
                    }
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
