package vn.subsidyflow.web.problem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.ProblemCode;

/** The catalogue of problem codes: every code answered with the status clients have always seen. */
class ProblemCatalogueUnitTests {

    /**
     * Code → status as the API answered before the codes were catalogued, read from every throw
     * site and handler then. Clients depend on both; a change here is a breaking change of the API.
     */
    private static final Map<String, String> STATUSES_CLIENTS_KNOW = Map.ofEntries(
            entry("AMOUNT_ABOVE_MAXIMUM", "422"),
            entry("APPLICANTS_ONLY", "403"),
            entry("APPLICATION_NOT_FOUND", "404"),
            entry("BACKUP_FAILED", "503"),
            entry("BACKUP_IN_PROGRESS", "409"),
            entry("BUDGET_LINE_NOT_FOUND", "404"),
            entry("CLAWBACK_EXCEEDS_DISBURSED", "409"),
            entry("CLAWBACK_EXCEEDS_PAID", "409"),
            entry("CONCURRENT_UPDATE", "409"),
            entry("DATABASE_UNAVAILABLE", "503"),
            entry("DATABASE_BUSY", "503"),
            entry("DOCUMENT_CORRUPTED", "503"),
            entry("DOCUMENT_NOT_FOUND", "404"),
            entry("DOCUMENT_QUOTA_EXCEEDED", "422"),
            entry("DOCUMENT_TOO_LARGE", "413, 422"),
            entry("DOCUMENT_TYPE_MISMATCH", "422"),
            entry("DOSSIER_NOT_IN_STATE", "409"),
            entry("DUPLICATE_DOSSIER_IN_BATCH", "422"),
            entry("DUPLICATE_ENTRY", "409"),
            entry("EMPTY_DOCUMENT", "422"),
            entry("FISCAL_YEAR_CLOSED", "409, 422"),
            entry("FORBIDDEN", "403"),
            entry("PASSWORD_CHANGE_REQUIRED", "403"),
            entry("LAST_ADMINISTRATOR", "409"),
            entry("NOTICE_NOT_FAILED", "409"),
            entry("INVALID_RESET_TOKEN", "422"),
            entry("USER_NOT_FOUND", "404"),
            entry("NOT_A_STAFF_ACCOUNT", "422"),
            entry("WRONG_CURRENT_PASSWORD", "422"),
            entry("PASSWORD_UNCHANGED", "422"),
            entry("FOUR_EYES_VIOLATION", "409"),
            entry("FREQUENCY_LIMIT_REACHED", "422"),
            entry("HEADERS_TOO_LARGE", "431"),
            entry("HOLIDAY_EXISTS", "409"),
            entry("HOLIDAY_NOT_FOUND", "404"),
            entry("HISTORY_IMPORT_NOT_FOUND", "404"),
            entry("IDEMPOTENCY_KEY_REUSED", "422"),
            entry("INSUFFICIENT_BUDGET", "409"),
            entry("INTERNAL_ERROR", "500, 5xx"),
            entry("INVALID_AMOUNT", "422"),
            entry("INVALID_BANK_ACCOUNT", "422"),
            entry("INVALID_BATCH", "422"),
            entry("INVALID_DATE", "422"),
            entry("INVALID_DATE_RANGE", "422"),
            entry("INVALID_DECISION_DATE", "422"),
            entry("INVALID_DOCUMENT_KIND", "422"),
            entry("INVALID_FISCAL_YEAR", "422"),
            entry("INVALID_HOLIDAY", "422"),
            entry("INVALID_HOLIDAY_FILE", "422"),
            entry("IMPORT_IN_PROGRESS", "409"),
            entry("IMPORT_REFUSED", "422"),
            entry("IMPORT_TOO_LARGE_FOR_MEMORY", "503"),
            entry("INVALID_IDEMPOTENCY_KEY", "422"),
            entry("INVALID_INPUT", "422"),
            entry("INVALID_OUTCOME", "422"),
            entry("INVALID_PAGE", "422"),
            entry("INVALID_PARAMETER", "400"),
            entry("INVALID_PERIOD", "422"),
            entry("INVALID_POLICY_VERSION", "422"),
            entry("INVALID_ROLE", "422"),
            entry("INVALID_SORT", "422"),
            entry("INVALID_TAX_CODE", "422"),
            entry("INVALID_YEAR", "422"),
            entry("INVALID_YEARS", "422"),
            entry("MALFORMED_REQUEST", "400"),
            entry("METHOD_NOT_ALLOWED", "405"),
            entry("MISSING_AMOUNT", "422"),
            entry("MISSING_BANK_ACCOUNT", "422"),
            entry("MISSING_CITATION", "422"),
            entry("MISSING_COMMENT", "422"),
            entry("MISSING_DECISION_NUMBER", "422"),
            entry("MISSING_DOCUMENTS", "422"),
            entry("MISSING_DOCUMENT_REF", "422"),
            entry("MISSING_FILE", "422"),
            entry("MISSING_PAYMENT_REFERENCE", "422"),
            entry("MISSING_REASON", "422"),
            entry("NOTHING_TO_PAY", "409"),
            entry("NOT_ACCEPTABLE", "406"),
            entry("NOT_COMMITTED", "409"),
            entry("NOT_COMMITTED_IN_YEAR", "422"),
            entry("NOT_ELIGIBLE", "422"),
            entry("NOT_FOUND", "404"),
            entry("NO_BUDGET_LINE", "422"),
            entry("NO_LINE_NEXT_YEAR", "409"),
            entry("NO_RECOMMENDED_AMOUNT", "409"),
            entry("ORGANISATION_NOT_FOUND", "404"),
            entry("NOTICE_NOT_FOUND", "404"),
            entry("OVERPAYMENT", "409"),
            entry("PAPER_NOT_FOUND", "404"),
            entry("PASSWORDS_DIFFER", "422"),
            entry("PASSWORD_TOO_COMMON", "422"),
            entry("PASSWORD_TOO_LONG", "422"),
            entry("PASSWORD_TOO_SHORT", "422"),
            entry("PAYMENT_ALREADY_CONFIRMED", "409"),
            entry("PAYMENT_BATCH_NOT_FOUND", "404"),
            entry("PAYMENT_FAILED", "409"),
            entry("PAYMENT_NOT_FOUND", "404"),
            entry("PAYMENT_NOT_ORDERED", "409"),
            entry("POLICY_VERSION_EXISTS", "409"),
            entry("POLICY_VERSION_NOT_DRAFT", "409"),
            entry("POLICY_VERSION_NOT_FOUND", "404"),
            entry("POLICY_VERSION_NOT_IN_FORCE", "409"),
            entry("PROGRAMME_TOTAL_EXCEEDED", "409"),
            entry("REGISTRATION_CONFLICT", "409"),
            entry("REQUEST_REFUSED", "4xx"),
            entry("SAME_LINE", "422"),
            entry("SUPPLEMENT_ALREADY_REQUESTED", "409"),
            entry("SUPPORT_ITEM_NOT_FOUND", "404"),
            entry("TASK_CLAIMED", "409"),
            entry("TASK_NOT_CLAIMED_BY_YOU", "409"),
            entry("TASK_NOT_FOUND", "404"),
            entry("TAX_CODE_TAKEN", "409"),
            entry("TOO_LONG", "422"),
            entry("TOO_MANY_SIGN_IN_ATTEMPTS", "429"),
            entry("TRANSFER_ACROSS_PROGRAMMES", "422"),
            entry("UNAUTHENTICATED", "401"),
            entry("UNKNOWN_POLICY", "422"),
            entry("UNKNOWN_SUPPORT_ITEM", "422"),
            entry("UNSUPPORTED_DOCUMENT_TYPE", "422"),
            entry("UNSUPPORTED_MEDIA_TYPE", "415"),
            entry("URI_TOO_LONG", "414"),
            entry("USERNAME_TAKEN", "409"),
            entry("VALIDATION_FAILED", "422"),
            entry("VALUE_TOO_LARGE", "422"),
            entry("WRONG_PASSWORD", "422")
    );

    @Test
    void shouldAnswerEveryCodeWithTheStatusesClientsKnow() {
        Map<String, String> catalogued = ProblemCatalogue.all().stream()
                .collect(Collectors.toMap(ProblemCode::name, ProblemCatalogue::statusText, (a, b) -> a + " / " + b, TreeMap::new));
        assertThat(catalogued).isEqualTo(new TreeMap<>(STATUSES_CLIENTS_KNOW));
    }

    @Test
    void shouldListEachCodeOnceWithItsMeaning() {
        assertThat(ProblemCatalogue.all()).extracting(ProblemCode::name).doesNotHaveDuplicates()
                .allMatch(name -> name.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*"));
        assertThat(ProblemCatalogue.all()).allSatisfy(code -> assertThat(code.meaning()).as(code.name()).isNotBlank());
    }

    @Test
    void shouldGiveEachCodeItsOwnProblemType() {
        assertThat(ProblemWriter.type(FailureCode.TASK_NOT_CLAIMED_BY_YOU))
                .isEqualTo("https://subsidyflow.vn/problems/task-not-claimed-by-you");
        assertThat(ProblemWriter.problem(406, RequestFailure.NOT_ACCEPTABLE, "json only", new LinkedHashMap<>())
                .getProperties()).containsEntry("code", "NOT_ACCEPTABLE");
    }

    /** A code can only come from the catalogue: no way to write a problem from a bare string. */
    @Test
    void shouldWriteProblemsOnlyFromCataloguedCodes() {
        assertThat(Arrays.stream(ProblemWriter.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> m.getName().equals("problem") || m.getName().equals("write")))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(Arrays.asList(m.getParameterTypes())).as(m.toString()).contains(ProblemCode.class));
        assertThat(Arrays.stream(ProblemHandler.class.getDeclaredMethods()).filter(m -> m.getName().equals("respond")))
                .allSatisfy(m -> assertThat(Arrays.asList(m.getParameterTypes())).as(m.toString()).contains(ProblemCode.class));
    }

    /**
     * No code is written as a string anywhere in the engine's or the web layer's main code, but in
     * the catalogue itself. Audit actions are another vocabulary that shares a word (PAYMENT_FAILED).
     */
    @Test
    void shouldLeaveNoCodeAsAStringLiteralOutsideTheCatalogue() throws IOException {
        Set<String> codes = new HashSet<>();
        ProblemCatalogue.all().forEach(code -> codes.add(code.name()));
        Arrays.stream(ConstraintCode.values()).forEach(code -> codes.add(code.name()));
        Pattern literal = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"");
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../engine/src/main/java"))) {
            assertThat(root).isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher m = literal.matcher(lines.get(i));
                        while (m.find()) {
                            if (codes.contains(m.group(1)) && !lines.get(i).contains("audit.record(")) {
                                found.add(file + ":" + (i + 1) + " " + m.group());
                            }
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** Main code compares catalogue entries ({@code failureCode() == X}), never code strings. */
    @Test
    void shouldCompareFailuresByCatalogueEntryNotByString() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.subsidyflow");
        noClasses().should().callMethod(DomainFailure.class, "code")
                .because("a code string compared or switched on is a code outside the catalogue; use failureCode()")
                .check(main);
    }
}
