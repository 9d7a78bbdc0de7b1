package fr.vigie.triage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The referral packet as a PDF (A4, French), drawn with Apache PDFBox. The font is embedded (a
 * subset of Liberation Sans, shipped inside PDFBox under the SIL Open Font License), so that
 * accents, « », œ and ’ print the same on every reader's machine; a character the font lacks
 * (an emoji of the ad, say) prints as « ? » rather than failing the whole packet.
 */
final class ReferralPacketPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;
    private static final float TITLE = 15;
    private static final float HEADING = 12;
    private static final float BODY = 9.5f;
    private static final float LEADING = 1.35f;
    private static final float INDENT = 14;
    private static final String FOOTER = "Confidentiel : peut concerner un·e mineur·e. Sans les notes internes de l’équipe.";

    private final PDDocument document;
    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    private ReferralPacketPdf(PDDocument document) throws IOException {
        this.document = document;
        try (InputStream in = ReferralPacketPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's Liberation Sans is missing from the class path: " + FONT);
            }
            this.font = PDType0Font.load(document, in);
        }
    }

    static byte[] render(ReferralDossier dossier, String reportId) {
        try (var document = new PDDocument()) {
            var info = document.getDocumentInformation();
            info.setTitle(dossier.title() + " " + reportId);
            info.setCreator("Vigie");
            document.getDocumentCatalog().setLanguage("fr-FR");
            new ReferralPacketPdf(document).draw(dossier);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the referral packet could not be drawn", e);
        }
    }

    private void draw(ReferralDossier dossier) throws IOException {
        newPage();
        write(dossier.title(), TITLE, 0);
        y -= 6;
        for (var section : dossier.sections()) {
            need(HEADING * LEADING * 3);
            y -= 8;
            write(section.heading(), HEADING, 0);
            rule();
            for (var line : section.lines()) {
                switch (line.kind()) {
                    case FACT -> write(line.label() + " : " + line.text(), BODY, 0);
                    case PARAGRAPH -> {
                        for (String paragraph : line.text().split("\\R", -1)) {
                            write(paragraph.isBlank() ? " " : paragraph, BODY, 0);
                        }
                    }
                    case BULLET -> write("• " + line.text(), BODY, 0);
                    case DETAIL -> write(line.label() + " : " + line.text(), BODY, INDENT);
                }
            }
        }
        stream.close();
        footers();
    }

    /** Writes text wrapped to the page width, starting new pages as needed. */
    private void write(String text, float size, float indent) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
        for (String line : wrap(printable(text), size, width)) {
            need(size * LEADING);
            y -= size * LEADING;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN + indent, y);
            stream.showText(line);
            stream.endText();
        }
    }

    private void rule() throws IOException {
        y -= 3;
        stream.setLineWidth(0.5f);
        stream.moveTo(MARGIN, y);
        stream.lineTo(PDRectangle.A4.getWidth() - MARGIN, y);
        stream.stroke();
        y -= 2;
    }

    private List<String> wrap(String text, float size, float width) throws IOException {
        var lines = new ArrayList<String>();
        var current = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(candidate, size) <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            // a word wider than the line (a URL): cut it where it no longer fits
            String rest = word;
            while (width(rest, size) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        lines.add(current.toString());
        return lines;
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Controls and invisible characters out, whitespace as spaces, glyphs the font lacks as « ? ». */
    private String printable(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.FORMAT || Character.isISOControl(cp)) {
                // zero-width characters and the like: nothing to print
            } else if (printable.computeIfAbsent(cp, this::hasGlyph)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN + 20) {
            stream.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void footers() throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            try (var footer = new PDPageContentStream(document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                footer.beginText();
                footer.setFont(font, 7.5f);
                footer.newLineAtOffset(MARGIN, MARGIN - 24);
                footer.showText(printable(FOOTER + "   Page " + (i + 1) + " / " + pages.size()));
                footer.endText();
            }
        }
    }
}
