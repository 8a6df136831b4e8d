package vn.subsidyflow.web.budget;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import vn.subsidyflow.budget.Budgets;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.page.Forms;

/**
 * The four budget movements finance makes from the pages, each as a form: its fields, and what the
 * typed fields mean once checked. The checked request is also what the confirmation's one-time
 * token is fingerprinted with, so a token sent again with other fields is refused, not replayed.
 */
enum BudgetMovement {

    LINES("lines", fields("fiscalYear", "policyCode", "amount_MANAGEMENT_SYSTEM", "amount_CONFORMITY_CERTIFICATION",
            "amount_INTELLECTUAL_PROPERTY", "reason", "documentRef")),
    TOP_UP("topUp", fields("amount", "reason", "documentRef")),
    TRANSFER("transfer", fields("fromLineId", "toLineId", "amount", "reason", "documentRef")),
    YEAR_END("yearEnd", fields("fiscalYear", "policyCode", "release", "reason", "documentRef"));

    /** Lines of a fiscal year: one amount per category (blank for none), under one programme. */
    record NewLines(int fiscalYear, String policyCode, Map<Category, Long> amounts, String reason, String documentRef) {
    }

    record TopUp(long lineId, long amountVnd, String reason, String documentRef) {
    }

    record Transfer(long fromLineId, long toLineId, long amountVnd, String reason, String documentRef) {
    }

    /** {@code release}: the dossiers whose commitment (or place on the waiting list) lapses instead of being carried over. */
    record YearEnd(int fiscalYear, String policyCode, Set<Long> release, String reason, String documentRef) {
    }

    private final String view;
    private final List<String> fields;

    BudgetMovement(String view, List<String> fields) {
        this.view = view;
        this.fields = fields;
    }

    /** The name the templates know the movement by. */
    String view() {
        return view;
    }

    List<String> fields() {
        return fields;
    }

    /** The fields as typed ({@code ""} for a field not sent), in form order. */
    Map<String, String> typed(Function<String, String> param) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : fields) {
            String value = param.apply(field);
            typed.put(field, value == null ? "" : value);
        }
        return typed;
    }

    static NewLines lines(Map<String, String> typed) {
        int year = fiscalYear(typed.get("fiscalYear"));
        Map<Category, Long> amounts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            String field = "amount_" + category.name();
            Long amount = optionalAmount(field, typed.get(field));
            if (amount != null) {
                amounts.put(category, amount);
            }
        }
        if (amounts.isEmpty()) {
            throw new DomainFailure(FailureCode.INVALID_AMOUNT, "Enter the allocation of at least one category",
                    Map.of("field", "amount_" + Category.values()[0].name()));
        }
        return new NewLines(year, policyCode(typed.get("policyCode")), amounts, reason(typed), documentRef(typed));
    }

    static TopUp topUp(long lineId, Map<String, String> typed) {
        return new TopUp(lineId, amount("amount", typed.get("amount")), reason(typed), documentRef(typed));
    }

    static Transfer transfer(Map<String, String> typed) {
        long from = lineId("fromLineId", typed.get("fromLineId"));
        long to = lineId("toLineId", typed.get("toLineId"));
        if (from == to) {
            throw new DomainFailure(FailureCode.SAME_LINE, "Choose two different lines", Map.of("field", "toLineId"));
        }
        return new Transfer(from, to, amount("amount", typed.get("amount")), reason(typed), documentRef(typed));
    }

    static YearEnd yearEnd(Map<String, String> typed) {
        int year = fiscalYear(typed.get("fiscalYear"));
        Set<Long> release = new TreeSet<>();
        String listed = typed.get("release").trim();
        if (!listed.isEmpty()) {
            for (String number : listed.split("[,;\\s]+")) {
                String digits = number.replaceFirst("^(?i)HS-", "");
                if (!digits.matches("[0-9]{1,18}")) {
                    throw new DomainFailure(FailureCode.INVALID_INPUT, "'" + number + "' is not a dossier number",
                            Map.of("field", "release"));
                }
                release.add(Long.parseLong(digits));
            }
        }
        return new YearEnd(year, policyCode(typed.get("policyCode")), release, reason(typed), documentRef(typed));
    }

    private static List<String> fields(String... names) {
        return List.of(names);
    }

    private static int fiscalYear(String typed) {
        String year = typed.trim();
        if (!year.matches("[0-9]{4}") || Integer.parseInt(year) < 2000 || Integer.parseInt(year) > 2100) {
            throw new DomainFailure(FailureCode.INVALID_FISCAL_YEAR, "Enter a fiscal year (a calendar year)",
                    Map.of("field", "fiscalYear"));
        }
        return Integer.parseInt(year);
    }

    /** Blank means the programme in force. */
    private static String policyCode(String typed) {
        String code = typed.trim();
        Forms.requireFits("policyCode", code, 60);
        return code.isEmpty() ? null : code;
    }

    private static long lineId(String field, String typed) {
        if (!typed.trim().matches("[0-9]{1,18}")) {
            throw new DomainFailure(FailureCode.INVALID_INPUT, "Choose a budget line", Map.of("field", field));
        }
        return Long.parseLong(typed.trim());
    }

    private static long amount(String field, String typed) {
        Long amount = optionalAmount(field, typed);
        if (amount == null) {
            throw new DomainFailure(FailureCode.INVALID_AMOUNT, "Enter an amount in whole đồng", Map.of("field", field));
        }
        return amount;
    }

    private static Long optionalAmount(String field, String typed) {
        Long amount = Forms.amount(typed);
        if (amount != null && amount < 1) {
            throw new DomainFailure(FailureCode.INVALID_AMOUNT, "An amount is whole đồng, at least 1", Map.of("field", field));
        }
        return amount;
    }

    /** The pages ask a reason and the deciding document of every movement, as the API does for transfers and closings. */
    private static String reason(Map<String, String> typed) {
        Budgets.requireReasonAndDocument(typed.get("reason"), typed.get("documentRef"));
        return typed.get("reason").trim();
    }

    private static String documentRef(Map<String, String> typed) {
        return typed.get("documentRef").trim();
    }
}
