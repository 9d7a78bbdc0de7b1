package fr.vigie.statistics;

import java.util.Locale;

import org.springframework.http.MediaType;

/** The files the statistics export to. */
enum ExportFormat {
    CSV("csv", "text/csv;charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf");

    static final String EXPECTED = "csv, xlsx ou pdf / csv, xlsx or pdf";

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return MediaType.parseMediaType(mediaType);
    }

    /** The format named, or null if none or unknown. */
    static ExportFormat parse(String format) {
        if (format == null) {
            return null;
        }
        try {
            return valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
