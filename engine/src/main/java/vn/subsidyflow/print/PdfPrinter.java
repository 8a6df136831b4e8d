package vn.subsidyflow.print;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
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
 */
@Component
public class PdfPrinter {

    private static final String[][] FONTS = {
            {"DejaVuSerif.ttf", "DejaVu Serif", "400", "normal"},
            {"DejaVuSerif-Bold.ttf", "DejaVu Serif", "700", "normal"},
            {"DejaVuSerif-Italic.ttf", "DejaVu Serif", "400", "italic"},
            {"DejaVuSans.ttf", "DejaVu Sans", "400", "normal"},
    };

    private final TemplateEngine templates = new TemplateEngine();
    private final Map<String, byte[]> fonts;

    public PdfPrinter() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("print/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
        // Read once: every paper embeds the same faces.
        fonts = new java.util.HashMap<>();
        for (String[] font : FONTS) {
            fonts.put(font[0], read("fonts/" + font[0]));
        }
    }

    /** The template filled with {@code model}, as XHTML: what {@link #pdf(String)} prints. */
    public String html(String template, Locale locale, Map<String, Object> model) {
        return templates.process(template, new Context(locale, model));
    }

    /** The template filled with {@code model}, printed. */
    public byte[] print(String template, Locale locale, Map<String, Object> model) {
        return pdf(html(template, locale, model));
    }

    /** Prints well-formed XHTML. */
    public byte[] pdf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (String[] font : FONTS) {
                byte[] bytes = fonts.get(font[0]);
                builder.useFont(() -> new java.io.ByteArrayInputStream(bytes), font[1], Integer.valueOf(font[2]),
                        "italic".equals(font[3]) ? PdfRendererBuilder.FontStyle.ITALIC : PdfRendererBuilder.FontStyle.NORMAL,
                        true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("printing a PDF in memory failed", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfPrinter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
