package vn.subsidyflow.print;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a print template to PDF. Templates are {@code print/<name>.html} on the class path, written
 * as well-formed XHTML (openhtmltopdf reads XML: close every element, {@code <br/>}), and name their
 * font family {@code 'DejaVu Serif'} (regular, bold, italic) or {@code 'DejaVu Sans'}: the embedded
 * faces. The generic {@code serif} would fall back to the PDF's base Times, which has no Vietnamese.
 *
 * <p>Papers are printed by the thousand (a payment batch orders one notice per payment), after their
 * commands commit or on their first read, so a warm paper must be cheap. What made it dear was parsing the
 * faces again for every paper; now each face is parsed once per {@link Faces set} and the sets are
 * reused, the face a paper does not use is never loaded into it, and the faces' metrics are measured
 * once for the printer's life. Every paper still embeds the subset of the faces it draws with.
 */
@Component
public class PdfPrinter {

    private final TemplateEngine templates = new TemplateEngine();
    /** Parsed faces no print is using now. A set is taken by one print at a time: see {@link Faces}. */
    private final Queue<Faces> idle = new ConcurrentLinkedQueue<>();
    /** The faces' metrics (ascent, descent, …) by family, weight and style: the same for every paper. */
    private final FSCacheEx<String, FSCacheValue> metrics = new Metrics();

    public PdfPrinter() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("print/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
        // The first paper need not pay for reading the font files.
        idle.add(new Faces());
    }

    /** The template filled with {@code model}, as XHTML: what {@link #pdf(String)} prints. */
    public String html(String template, Locale locale, Map<String, Object> model) {
        return templates.process(template, new Context(locale, model));
    }

    /** The template filled with {@code model}, printed. */
    public byte[] print(String template, Locale locale, Map<String, Object> model) {
        return pdf(html(template, locale, model));
    }

    /** Prints well-formed XHTML. Safe to call from several threads at once. */
    public byte[] pdf(String xhtml) {
        Faces faces = idle.poll();
        if (faces == null) {
            faces = new Faces();
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
            for (Face face : Face.values()) {
                builder.useFont(faces.supplier(face, document), face.family, face.weight, face.style, true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("printing a PDF in memory failed", e);
        } finally {
            idle.offer(faces);
        }
    }

    /** The embedded faces, as the templates name them; the files are in {@code fonts/}. */
    enum Face {
        SERIF("DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL),
        SERIF_BOLD("DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL),
        SERIF_ITALIC("DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, FontStyle.ITALIC),
        SANS("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL);

        final String file;
        final String family;
        final int weight;
        final FontStyle style;

        Face(String file, String family, int weight, FontStyle style) {
            this.file = file;
            this.family = family;
            this.weight = weight;
            this.style = style;
        }
    }

    /** A plain map: the values are immutable metrics, and computing one twice is harmless. */
    private static final class Metrics implements FSCacheEx<String, FSCacheValue> {

        private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            FSCacheValue value = values.get(key);
            if (value != null) {
                return value;
            }
            try {
                value = loader.call();
            } catch (Exception e) {
                throw new IllegalStateException("measuring a font failed", e);
            }
            if (value != null) {
                values.put(key, value);
            }
            return value;
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}
