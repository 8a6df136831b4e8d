package vn.subsidyflow.web.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.applicant.StaffAccounts;
import vn.subsidyflow.shared.Actor;

/** Everyone changes their own password, giving the current one; the only call a temporary password opens. */
@RestController
class MyPasswordController {

    // Generous limits: the length rules themselves are the engine's (PasswordRules), with their own codes.
    record PasswordChange(@Size(max = 200) String currentPassword, @Size(max = 200) String newPassword) {
    }

    private final StaffAccounts accounts;

    MyPasswordController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @PutMapping("/api/v1/me/password")
    ResponseEntity<Void> change(Actor actor, @Valid @RequestBody PasswordChange change) {
        accounts.changeOwnPassword(actor, change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }
}
