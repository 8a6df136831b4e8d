package vn.subsidyflow.print;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One set of the embedded faces, each parsed on its first use and kept: a paper loads a parsed face
 * into its document ({@link PDType0Font#load(PDDocument, TrueTypeFont, boolean)}, which neither copies
 * nor closes it) and embeds the subset it drew with.
 *
 * <p>Not shared between threads, on purpose: fontbox guards the reading of a font's tables and
 * glyphs, but it promises nothing for a {@link TrueTypeFont} as a whole used by several threads (the
 * lookups it builds lazily, the substitution data, the subsetting reading the glyphs again when the
 * document is saved). {@link PdfPrinter} therefore lends a set to one print at a time and keeps as
 * many sets as papers were ever printed at once; each set costs its parsing once.
 */
final class Faces {

    /** The font files, read once for every set: a set parses its faces from these bytes. */
    private static final Map<PdfPrinter.Face, byte[]> FILES = files();

    private final Map<PdfPrinter.Face, TrueTypeFont> parsed = new EnumMap<>(PdfPrinter.Face.class);

    /**
     * The face for {@code document}, loaded into it only if the layout asks for it: a template that
     * never says {@code 'DejaVu Sans'} neither parses nor embeds it.
     */
    PDFontSupplier supplier(PdfPrinter.Face face, PDDocument document) {
        return new PDFontSupplier(null) {
            private PDFont font;

            @Override
            public PDFont supply() {
                if (font == null) {
                    try {
                        font = PDType0Font.load(document, face(face), true);
                    } catch (IOException e) {
                        throw new UncheckedIOException("loading the face " + face + " failed", e);
                    }
                }
                return font;
            }
        };
    }

    private TrueTypeFont face(PdfPrinter.Face face) throws IOException {
        TrueTypeFont font = parsed.get(face);
        if (font == null) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(FILES.get(face)));
            parsed.put(face, font);
        }
        return font;
    }

    private static Map<PdfPrinter.Face, byte[]> files() {
        Map<PdfPrinter.Face, byte[]> files = new EnumMap<>(PdfPrinter.Face.class);
        for (PdfPrinter.Face face : PdfPrinter.Face.values()) {
            String resource = "fonts/" + face.file;
            try (InputStream in = Faces.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the class path");
                }
                files.put(face, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
