package vn.subsidyflow.applicant;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.shared.DomainFailure;

class PasswordRulesUnitTests {

    @Test
    void shouldAcceptAPasswordOfTenToSixtyFourCharacters() {
        assertThatCode(() -> PasswordRules.check("s3cret-pass")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordRules.check("x".repeat(63) + "y")).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseShortPasswords() {
        assertCode(null, "PASSWORD_TOO_SHORT");
        assertCode("", "PASSWORD_TOO_SHORT");
        assertCode("nine-char", "PASSWORD_TOO_SHORT");
    }

    @Test
    void shouldRefuseLongPasswordsByCharactersAndByBcryptsBytes() {
        assertCode("a".repeat(65), "PASSWORD_TOO_LONG");
        // 25 Vietnamese letters with two marks are 75 bytes in UTF-8: bcrypt would refuse them with an exception.
        String vietnamese = "ệ".repeat(25);
        assert vietnamese.getBytes(StandardCharsets.UTF_8).length > PasswordRules.MAX_BYTES;
        assertCode(vietnamese, "PASSWORD_TOO_LONG");
    }

    @Test
    void shouldRefuseCommonPasswordsWhateverTheirCase() {
        assertCode("1234567890", "PASSWORD_TOO_COMMON");
        assertCode("qwertyuiop", "PASSWORD_TOO_COMMON");
        assertCode("PASSWORD123", "PASSWORD_TOO_COMMON");
    }

    private static void assertCode(String password, String code) {
        assertThatThrownBy(() -> PasswordRules.check(password)).isInstanceOf(DomainFailure.class)
                .extracting(e -> ((DomainFailure) e).code()).isEqualTo(code);
    }
}
