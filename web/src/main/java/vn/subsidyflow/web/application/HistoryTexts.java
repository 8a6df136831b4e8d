package vn.subsidyflow.web.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.subsidyflow.audit.AuditEvent;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.SupportItem;
import vn.subsidyflow.web.page.Formats;
import vn.subsidyflow.workflow.StepOutcome;

/**
 * Words each event of a dossier's history in the reader's language. The action is named by
 * {@code action.<ACTION>}; what it settled by {@code history.<ACTION>}, a sentence with named
 * places ({@code {eligibleCostVnd}}) filled from the event's facts, a part in {@code [ ]} left out
 * when a fact in it is absent. A value reads by its name: {@code …Vnd} as money, {@code …On} as a
 * day and {@code …At} as a time in Hà Tĩnh, {@code kind} and {@code documents} as document names,
 * {@code category} and {@code item} by their names.
 */
@Component
public class HistoryTexts {

    /** A step's detail is the officer's or the applicant's comment, in their own words. */
    private static final Set<String> STEP_ACTIONS = Arrays.stream(StepOutcome.values()).map(StepOutcome::auditAction)
            .collect(Collectors.toUnmodifiableSet());

    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern PLACE = Pattern.compile("\\{(\\w+)}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final MessageSource messages;

    HistoryTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The history, in order, for a reader of this locale; {@code item} is the dossier's support item. */
    public List<HistoryLine> lines(List<AuditEvent> history, SupportItem item, Locale locale) {
        return history.stream().map(event -> line(event, item, locale)).toList();
    }

    /**
     * Any other action that has a sentence ({@code history.<ACTION>}) had its detail written by the
     * code, in English: the sentence replaces it, and an older row of it, without facts, shows its
     * name only. An action with no sentence shows its detail as recorded.
     */
    HistoryLine line(AuditEvent event, SupportItem item, Locale locale) {
        String pattern = messages.getMessage("history." + event.action(), null, null, locale);
        boolean writtenByCode = pattern != null && !STEP_ACTIONS.contains(event.action());
        return new HistoryLine(event.occurredAt(), event.actor(), event.action(), event.toStatus(), label(event.action(), locale),
                text(pattern, event.facts(), item, locale), writtenByCode ? null : blankToNull(event.detail()));
    }

    /** The action's name in the reader's language; an action no message names reads as words, never as a code. */
    String label(String action, Locale locale) {
        String named = messages.getMessage("action." + action, null, null, locale);
        if (named != null) {
            return named;
        }
        String words = Arrays.stream(action.split("[_:]+")).filter(w -> !w.isEmpty()).map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
        return words.isEmpty() ? action : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The sentence filled from the facts; {@code pattern} was read without arguments, so its braces are as written. */
    private String text(String pattern, Map<String, Object> facts, SupportItem item, Locale locale) {
        if (pattern == null || facts == null || facts.isEmpty()) {
            return null;
        }
        Matcher optional = OPTIONAL.matcher(pattern);
        StringBuilder kept = new StringBuilder();
        while (optional.find()) {
            boolean complete = PLACE.matcher(optional.group(1)).results().allMatch(place -> facts.containsKey(place.group(1)));
            optional.appendReplacement(kept, Matcher.quoteReplacement(complete ? optional.group(1) : ""));
        }
        optional.appendTail(kept);
        Matcher place = PLACE.matcher(kept);
        StringBuilder text = new StringBuilder();
        while (place.find()) {
            Object value = facts.get(place.group(1));
            place.appendReplacement(text, Matcher.quoteReplacement(value == null ? "—" : read(place.group(1), value, item, locale)));
        }
        place.appendTail(text);
        return text.toString();
    }

    private String read(String name, Object value, SupportItem item, Locale locale) {
        String text = String.valueOf(value);
        if (name.endsWith("Vnd") && value instanceof Number amount) {
            return Formats.money(amount.longValue(), locale);
        }
        if (name.endsWith("On")) {
            return DAY.format(LocalDate.parse(text));
        }
        if (name.endsWith("At")) {
            return TIME.format(Instant.parse(text).atZone(WorkingDayCalendar.ZONE));
        }
        return switch (name) {
            case "kind" -> messages.getMessage("doc." + text, null, text, locale);
            case "documents" -> Arrays.stream(text.split(",")).filter(k -> !k.isBlank())
                    .map(k -> messages.getMessage("doc." + k, null, k, locale)).collect(Collectors.joining(", "));
            case "category" -> messages.getMessage("category." + text, null, text, locale);
            case "item" -> item != null && item.code().equals(text) ? itemName(item, locale) : text;
            default -> text;
        };
    }

    private static String itemName(SupportItem item, Locale locale) {
        return "en".equals(locale.getLanguage()) ? item.nameEn() : item.nameVi();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
