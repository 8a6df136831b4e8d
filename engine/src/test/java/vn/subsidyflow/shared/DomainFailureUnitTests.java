package vn.subsidyflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainFailureUnitTests {

    /** The proof that no throw site makes up a code: there is no way to pass one but the catalogue's. */
    @Test
    void shouldTakeItsCodeOnlyFromTheCatalogue() {
        Constructor<?>[] constructors = DomainFailure.class.getConstructors();
        assertThat(constructors).isNotEmpty()
                .allSatisfy(c -> assertThat(c.getParameterTypes()[0]).as(c.toString()).isEqualTo(FailureCode.class));
        assertThat(Arrays.stream(DomainFailure.class.getDeclaredMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getReturnType() == DomainFailure.class))
                .allSatisfy(m -> assertThat(m.getParameterTypes()[0]).as(m.toString()).isEqualTo(FailureCode.class));
    }

    @Test
    void shouldCarryTheCataloguedKindAndCode() {
        DomainFailure failure = new DomainFailure(FailureCode.NOTHING_TO_PAY, "Dossier 7 has nothing left to pay");

        assertThat(failure.code()).isEqualTo("NOTHING_TO_PAY");
        assertThat(failure.failureCode()).isEqualTo(FailureCode.NOTHING_TO_PAY);
        assertThat(failure.kind()).isEqualTo(DomainFailure.Kind.CONFLICT);
        assertThat(failure.details()).isEmpty();
    }

    @Test
    void shouldTakeAnotherKindOnlyWhereTheCatalogueAllowsIt() {
        assertThat(new DomainFailure(FailureCode.FISCAL_YEAR_CLOSED, DomainFailure.Kind.INVALID, "closed", Map.of()).kind())
                .isEqualTo(DomainFailure.Kind.INVALID);
        assertThatThrownBy(() -> new DomainFailure(FailureCode.NOTHING_TO_PAY, DomainFailure.Kind.INVALID, "x", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNameWhatWasNotFoundFromItsCode() {
        DomainFailure failure = DomainFailure.notFound(FailureCode.PAYMENT_BATCH_NOT_FOUND, 12);

        assertThat(failure.getMessage()).isEqualTo("payment batch 12 not found");
        assertThat(failure.kind()).isEqualTo(DomainFailure.Kind.NOT_FOUND);
        assertThatThrownBy(() -> DomainFailure.notFound(FailureCode.NOTHING_TO_PAY, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldEndEveryNotFoundCodeAsItsKindSays() {
        assertThat(FailureCode.values()).allSatisfy(code ->
                assertThat(code.name().endsWith("_NOT_FOUND")).as(code.name()).isEqualTo(code.kind() == DomainFailure.Kind.NOT_FOUND));
    }
}
