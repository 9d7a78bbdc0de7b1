package fr.vigie.statistics;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A4 pages that fill from the top: text that wraps, tables, and the shapes charts are drawn
 * with, a new page when the next block does not fit. The font is DejaVu Sans, bundled with its
 * licence (resources/fonts), embedded as a subset: every French letter, and the same output on
 * every machine whatever fonts it has. Characters the font lacks print as "?" instead of failing.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 50;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    static final Color INK = new Color(0x1f, 0x29, 0x37);
    static final Color MUTED = new Color(0x5b, 0x64, 0x70);
    static final Color RULE = new Color(0xd0, 0xd5, 0xdb);

    private final PDDocument document = new PDDocument();
    final PDType0Font regular;
    final PDType0Font bold;
    private PDPageContentStream page;
    private float y;

    PdfPages() {
        try {
            regular = font("/fonts/DejaVuSans.ttf");
            bold = font("/fonts/DejaVuSans-Bold.ttf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        newPage();
    }

    PDDocument document() {
        return document;
    }

    /** The vertical position of the next block's top, in PDF points from the bottom. */
    float y() {
        return y;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void room(float height) {
        if (y - height < MARGIN + 20) {
            newPage();
        }
    }

    void down(float height) {
        y -= height;
    }

    /** Wrapped text at the left margin, {@code size} points. */
    void paragraph(String text, PDType0Font font, float size, Color color) {
        for (String line : wrap(safe(font, text), font, size, WIDTH)) {
            room(size * 1.45f);
            text(MARGIN, y - size, line, font, size, color);
            y -= size * 1.45f;
        }
    }

    void text(float x, float baseline, String text, PDType0Font font, float size, Color color) {
        try {
            page.beginText();
            page.setFont(font, size);
            page.setNonStrokingColor(color);
            page.newLineAtOffset(x, baseline);
            page.showText(safe(font, text));
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text ending at {@code right}. */
    void textRight(float right, float baseline, String text, PDType0Font font, float size, Color color) {
        text(right - width(text, font, size), baseline, text, font, size, color);
    }

    void box(float x, float bottom, float width, float height, Color color) {
        try {
            page.setNonStrokingColor(color);
            page.addRect(x, bottom, width, height);
            page.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, Color color, float thickness) {
        try {
            page.setStrokingColor(color);
            page.setLineWidth(thickness);
            page.moveTo(x1, y1);
            page.lineTo(x2, y2);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(safe(font, text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's bytes; every page gets "page n / N" at its foot. */
    byte[] finish(String footer) {
        try {
            page.close();
            page = null;
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                try (var foot = new PDPageContentStream(document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    String text = safe(regular, footer + " — page " + (i + 1) + " / " + count);
                    foot.beginText();
                    foot.setFont(regular, 8);
                    foot.setNonStrokingColor(MUTED);
                    foot.newLineAtOffset(MARGIN, MARGIN / 2);
                    foot.showText(text);
                    foot.endText();
                }
            }
            var bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (page != null) {
                page.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            var next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font font(String resource) throws IOException {
        try (InputStream in = PdfPages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font missing from the jar: " + resource);
            }
            return PDType0Font.load(document, in);
        }
    }

    private List<String> wrap(String text, PDType0Font font, float size, float width) {
        var lines = new ArrayList<String>();
        for (String paragraph : text.split("\n")) {
            var line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with "?" for each character the font cannot draw (an emoji in a partner's name). */
    static String safe(PDType0Font font, String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                if (Character.isISOControl(cp)) {
                    out.append(' ');
                } else {
                    font.encode(c);
                    out.append(c);
                }
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
