package vn.subsidyflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.web.page.PageController;

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

    @Test
    void shouldKeepEveryPageControllerInItsFeaturePackage() {
        classes().that().areMetaAnnotatedWith(Controller.class).and().areNotAnnotations()
                .and().areNotMetaAnnotatedWith(RestController.class)
                .and().areNotAssignableTo(ErrorController.class)
                .should().beAnnotatedWith(PageController.class).andShould(liveInAFeaturePackage())
                .check(CLASSES);
    }

    @Test
    void shouldHaveNoPackageNamedUi() {
        noClasses().should().resideInAPackage("vn.subsidyflow..ui..")
                .check(new ClassFileImporter().importPackages("vn.subsidyflow"));
    }

    /** What every page shares, and the web's technical packages: no page of a feature lives there. */
    private static final Set<String> SHARED_WEB_PACKAGES = Set.of("page", "problem", "support");

    /**
     * A package {@code vn.subsidyflow.web.<feature>} beside the feature's API or named for one of the
     * engine's features; sign-in is the security feature's own page.
     */
    private static ArchCondition<JavaClass> liveInAFeaturePackage() {
        return new ArchCondition<>("live in the package of their feature, beside its API") {
            @Override
            public void check(JavaClass page, ConditionEvents events) {
                String pkg = page.getPackageName();
                String feature = pkg.startsWith("vn.subsidyflow.web.") ? pkg.substring("vn.subsidyflow.web.".length()) : "";
                boolean featurePackage = !feature.isEmpty() && !feature.contains(".") && !SHARED_WEB_PACKAGES.contains(feature)
                        && (feature.equals("security") || CLASSES.containPackage("vn.subsidyflow." + feature)
                            || CLASSES.stream().anyMatch(c -> c.getPackageName().equals(pkg) && c.isMetaAnnotatedWith(RestController.class)));
                if (!featurePackage) {
                    events.add(SimpleConditionEvent.violated(page, page.getName() + " is a page controller outside a feature package: "
                            + "move it to vn.subsidyflow.web.<feature>, beside the feature's API"));
                }
            }
        };
    }
}
