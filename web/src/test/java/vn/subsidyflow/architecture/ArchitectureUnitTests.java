package vn.subsidyflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the picture in ARCHITECTURE.md true: one-way dependencies, Flowable at the edge, no HTTP in the engine. */
class ArchitectureUnitTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.subsidyflow");

    @Test
    void shouldKeepTheEngineFreeOfTheWebLayer() {
        noClasses().that().resideOutsideOfPackages("vn.subsidyflow.web..", "vn.subsidyflow")
                .should().dependOnClassesThat().resideInAPackage("vn.subsidyflow.web..")
                .check(CLASSES);
    }

    @Test
    void shouldKeepHttpAndServletTypesOutOfTheEngine() {
        noClasses().that().resideOutsideOfPackages("vn.subsidyflow.web..", "vn.subsidyflow")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..",
                        "org.springframework.http..")
                .check(CLASSES);
    }

    @Test
    void shouldKeepFlowableTypesAtTheEdgeOfTheEngine() {
        noClasses().that().resideOutsideOfPackages("vn.subsidyflow.process..", "vn.subsidyflow.database..")
                .should().dependOnClassesThat().resideInAPackage("org.flowable..")
                .check(CLASSES);
    }

    @Test
    void shouldHaveNoCyclesBetweenFeaturePackages() {
        slices().matching("vn.subsidyflow.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void shouldHaveNoCyclesBetweenWebFeatures() {
        slices().matching("vn.subsidyflow.web.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void shouldKeepTheApplicationAggregateFreeOfReportTypes() {
        // The report keeps its summary by listening to ApplicationChanged; the aggregate only says what changed.
        noClasses().that().resideInAPackage("vn.subsidyflow.application..")
                .should().dependOnClassesThat().resideInAPackage("vn.subsidyflow.report..")
                .check(CLASSES);
    }

    // One transaction idiom (docs/DESIGN.md): a command starts its transaction in a public engine
    // service through database.Transactions, which retries it whole; everything it calls joins it.

    @Test
    void shouldStartTransactionsOnlyThroughTransactions() {
        noClasses().that().resideOutsideOfPackage("vn.subsidyflow.database..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.transaction.support.TransactionTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.transaction.PlatformTransactionManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .check(CLASSES);
    }

    @Test
    void shouldOnlyJoinTransactionsWithTheAnnotation() {
        // @Transactional may say MANDATORY (writes join the caller's command) or SUPPORTS (reads run
        // in one if there is one), never start a transaction of its own that nobody retries.
        classes().should(onlyJoinTransactions()).check(CLASSES);
        codeUnits().should(onlyJoinTransactions()).check(CLASSES);
    }

    @Test
    void shouldNotAnnotateTransactionsInTheWebLayer() {
        noClasses().that().resideInAPackage("vn.subsidyflow.web..")
                .should().beAnnotatedWith(Transactional.class).check(CLASSES);
        noCodeUnits().that().areDeclaredInClassesThat().resideInAPackage("vn.subsidyflow.web..")
                .should().beAnnotatedWith(Transactional.class).check(CLASSES);
    }

    @Test
    void shouldNotCallServicesThatNeedACallersTransactionFromTheWebLayer() {
        noClasses().that().resideInAPackage("vn.subsidyflow.web..")
                .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>(
                        "the method joins only a caller's transaction (MANDATORY)") {
                    @Override
                    public boolean test(JavaMethodCall call) {
                        return call.getTarget().resolveMember()
                                .map(method -> propagation(method) == Propagation.MANDATORY).orElse(false);
                    }
                })
                .check(CLASSES);
    }

    /** The propagation that applies to a method: its own annotation, else its class's, else none. */
    private static Propagation propagation(JavaCodeUnit method) {
        return transactional(method).or(() -> transactional(method.getOwner())).map(Transactional::propagation).orElse(null);
    }

    private static Optional<Transactional> transactional(HasAnnotations<?> element) {
        return element.tryGetAnnotationOfType(Transactional.class);
    }

    private static <T extends HasAnnotations<?>> ArchCondition<T> onlyJoinTransactions() {
        return new ArchCondition<>("be @Transactional only with MANDATORY or SUPPORTS") {
            @Override
            public void check(T element, ConditionEvents events) {
                transactional(element).map(Transactional::propagation)
                        .filter(p -> p != Propagation.MANDATORY && p != Propagation.SUPPORTS)
                        .ifPresent(p -> events.add(SimpleConditionEvent.violated(element,
                                element + " is @Transactional(" + p + "): start the transaction through Transactions")));
            }
        };
    }
}
