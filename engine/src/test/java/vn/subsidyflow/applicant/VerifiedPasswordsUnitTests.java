package vn.subsidyflow.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
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

    @Test
    void shouldKeyTheCacheWithAProcessSecretNotAPlainHashOfThePassword() throws Exception {
        when(bcrypt.matches("secret", "{bcrypt}hash")).thenReturn(true);
        passwords.matches("secret", "{bcrypt}hash");

        String key = passwords.keys().iterator().next();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("{bcrypt}hash".getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        String plainHash = Base64.getEncoder().encodeToString(sha.digest("secret".getBytes(StandardCharsets.UTF_8)));
        assertThat(key).doesNotContain("secret").isNotEqualTo(plainHash)
                .isNotEqualTo(Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest("secret".getBytes(StandardCharsets.UTF_8))));
        // Another process (here: another instance) draws another key, so a leaked key is useless elsewhere.
        assertThat(new VerifiedPasswords(bcrypt).key("secret", "{bcrypt}hash")).isNotEqualTo(key);
        assertThat(passwords.key("secret", "{bcrypt}hash")).isEqualTo(key);
    }
}
