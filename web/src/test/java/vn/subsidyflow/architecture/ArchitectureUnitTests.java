package vn.subsidyflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

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
}
