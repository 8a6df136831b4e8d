package vn.subsidyflow.notice;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a notice from its templates {@code notice/<kind>.html} (whose {@code <title>} is the subject)
 * and {@code notice/<kind>.txt}, each holding the Vietnamese and the English text; {@code ${en}} says
 * which one the reader reads, {@code ${f}} formats amounts and dates for them.
 */
@Component
class NoticeTemplates {

    record Rendered(String subject, String text, String html) {
    }

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

    private final TemplateEngine engine = new TemplateEngine();

    NoticeTemplates() {
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("notice/");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }

    Rendered render(NoticeKind kind, Locale locale, Map<String, Object> model) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("en", "en".equals(locale.getLanguage()));
        variables.put("f", new NoticeFormats(locale));
        Context context = new Context(locale, variables);
        String html = engine.process(kind.template() + ".html", context);
        String text = engine.process(kind.template() + ".txt", context).strip();
        Matcher title = TITLE.matcher(html);
        if (!title.find()) {
            throw new IllegalStateException("notice/" + kind.template() + ".html has no <title> to be the subject");
        }
        String subject = org.unbescape.html.HtmlEscape.unescapeHtml(title.group(1).strip().replaceAll("\\s+", " "));
        return new Rendered(subject, text, html);
    }
}
