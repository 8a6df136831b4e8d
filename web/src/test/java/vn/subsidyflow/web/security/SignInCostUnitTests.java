package vn.subsidyflow.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An unknown username costs the same bcrypt check as a known one, so timing does not tell which names exist. */
class SignInCostUnitTests {

    final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    final List<String> comparedWith = new ArrayList<>();
    final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            comparedWith.add(encoded);
            return bcrypt.matches(raw, encoded);
        }
    };
    final String knownHash = bcrypt.encode("the right one");

    @Test
    void shouldRunABcryptCompareOfTheSameCostForAnUnknownUsername() {
        var check = SecurityConfiguration.passwordCheck(username -> {
            if (username.equals("known")) {
                return User.withUsername("known").password(knownHash).roles("INTAKE").build();
            }
            throw new UsernameNotFoundException(username);
        }, counting);

        assertThatThrownBy(() -> check.authenticate(new UsernamePasswordAuthenticationToken("nobody", "a guess")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> check.authenticate(new UsernamePasswordAuthenticationToken("known", "a guess")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(comparedWith).hasSize(2);
        assertThat(comparedWith.get(0)).startsWith("{bcrypt}$2a$10$");
        assertThat(comparedWith.get(1)).startsWith("{bcrypt}$2a$10$");
        long unknown = fastest(() -> check.authenticate(new UsernamePasswordAuthenticationToken("nobody", "a guess")));
        long known = fastest(() -> check.authenticate(new UsernamePasswordAuthenticationToken("known", "a guess")));
        assertThat(unknown).as("unknown %d ns vs known %d ns", unknown, known).isGreaterThan(known / 2);
    }

    private static long fastest(Runnable attempt) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            try {
                attempt.run();
            } catch (BadCredentialsException expected) {
                // a wrong password, as intended
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
