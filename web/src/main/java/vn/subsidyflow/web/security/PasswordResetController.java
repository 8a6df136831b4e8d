package vn.subsidyflow.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.notice.PasswordResets;
import vn.subsidyflow.web.problem.ProblemWriter;
import vn.subsidyflow.web.problem.RequestFailure;

/**
 * Forgotten passwords, for anyone: ask for a reset link (always the same 202, whether or not an
 * account matches, so the answer discloses nothing), then set a new password with the link's token.
 * Asking is throttled per address and per name asked for, as sign-in failures are.
 */
@RestController
class PasswordResetController {

    record ResetRequest(@Size(max = 254) String usernameOrEmail, @Size(max = 254) String username, @Size(max = 254) String email) {
        String named() {
            return usernameOrEmail != null ? usernameOrEmail : username != null ? username : email;
        }
    }

    record NewPassword(@Size(max = 200) String newPassword) {
    }

    static final Map<String, String> ACCEPTED = Map.of("status", "ACCEPTED",
            "message", "If an account matches, a link to choose a new password was mailed to it; it is valid for 30 minutes.");

    private final PasswordResets resets;
    private final SignInThrottle throttle;

    /** The sign-in throttle's machinery and settings, with buckets of its own: asking never costs a sign-in. */
    PasswordResetController(PasswordResets resets, SignInThrottleSettings settings) {
        this.resets = resets;
        this.throttle = new SignInThrottle(settings);
    }

    @PostMapping("/api/v1/password-resets")
    ResponseEntity<?> request(@Valid @RequestBody ResetRequest body, HttpServletRequest request) {
        Optional<Duration> wait = askedTooOften(body.named(), request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(seconds))
                    .body(ProblemWriter.problem(429, RequestFailure.TOO_MANY_SIGN_IN_ATTEMPTS,
                            "Too many password-reset requests; try again in " + seconds + " seconds", Map.of()));
        }
        resets.request(body.named());
        return ResponseEntity.accepted().body(ACCEPTED);
    }

    @PostMapping("/api/v1/password-resets/{token}")
    ResponseEntity<Void> reset(@PathVariable String token, @Valid @RequestBody NewPassword body, HttpServletRequest request) {
        resets.reset(token, body.newPassword(), request.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    /** Each request takes a token of the name's and of the address's bucket. */
    Optional<Duration> askedTooOften(String named, String address) {
        String key = "password-reset:" + (named == null ? "" : named);
        Optional<Duration> wait = throttle.waitBefore(key, address);
        if (wait.isEmpty()) {
            throttle.failed(key, address);
        }
        return wait;
    }
}
