package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReturnPreferenceUnitTests {

    @Test
    void shouldReadReturnMinimalAmongOtherPreferences() {
        assertThat(ReturnPreference.minimal("return=minimal")).isTrue();
        assertThat(ReturnPreference.minimal("respond-async, wait=10, Return = \"minimal\"; foo=bar")).isTrue();
        assertThat(ReturnPreference.minimal(" RETURN=MINIMAL ")).isTrue();
    }

    @Test
    void shouldNotReadAnythingElseAsMinimal() {
        assertThat(ReturnPreference.minimal(null)).isFalse();
        assertThat(ReturnPreference.minimal("")).isFalse();
        assertThat(ReturnPreference.minimal("return=representation")).isFalse();
        assertThat(ReturnPreference.minimal("handling=lenient; return=minimal")).isFalse();
        assertThat(ReturnPreference.minimal("minimal")).isFalse();
        assertThat(ReturnPreference.minimal("return-minimal=1")).isFalse();
    }
}
