package vn.subsidyflow.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordsUnitTests {

    PasswordEncoder bcrypt = mock(PasswordEncoder.class);
    VerifiedPasswords passwords = new VerifiedPasswords(bcrypt);

    @Test
    void shouldCheckAMatchingPasswordOnlyOnce() {
        when(bcrypt.matches("secret", "{bcrypt}hash")).thenReturn(true);

        assertThat(passwords.matches("secret", "{bcrypt}hash")).isTrue();
        assertThat(passwords.matches("secret", "{bcrypt}hash")).isTrue();

        verify(bcrypt, times(1)).matches(any(), anyString());
    }

    @Test
    void shouldNeverRememberAWrongPasswordNorMatchAnotherHash() {
        when(bcrypt.matches("secret", "{bcrypt}hash")).thenReturn(true);
        passwords.matches("secret", "{bcrypt}hash");

        assertThat(passwords.matches("wrong", "{bcrypt}hash")).isFalse();
        assertThat(passwords.matches("wrong", "{bcrypt}hash")).isFalse();
        assertThat(passwords.matches("secret", "{bcrypt}changed")).isFalse();
        verify(bcrypt, times(2)).matches("wrong", "{bcrypt}hash");
    }
}
