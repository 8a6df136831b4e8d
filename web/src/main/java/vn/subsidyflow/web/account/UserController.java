package vn.subsidyflow.web.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.applicant.IssuedPassword;
import vn.subsidyflow.applicant.NewStaffAccount;
import vn.subsidyflow.applicant.StaffAccountChange;
import vn.subsidyflow.applicant.StaffAccounts;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.Role;

/** Staff accounts, for administrators (the URL rules admit ADMIN only). */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    record NewUser(@Size(max = 60) String username, @Size(max = 200) String displayName, @Size(max = 254) String email,
                   @Size(max = 30) String phone, @Size(max = 200) String position, Set<Role> roles) {
    }

    record UserChange(@Size(max = 200) String displayName, @Size(max = 254) String email, @Size(max = 30) String phone,
                      @Size(max = 200) String position, Set<Role> roles, Boolean enabled) {
    }

    private final StaffAccounts accounts;

    UserController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<AccountView> all() {
        return accounts.accounts().stream().map(AccountView::of).toList();
    }

    @GetMapping("/{username}")
    AccountView one(@PathVariable String username) {
        return AccountView.of(accounts.account(username));
    }

    /** The temporary password is in this answer only; it is stored as a hash. */
    @PostMapping
    ResponseEntity<AccountView> create(Actor actor, @Valid @RequestBody NewUser user) {
        IssuedPassword issued = accounts.create(actor, new NewStaffAccount(user.username(), user.displayName(), user.email(),
                user.phone(), user.position(), user.roles()));
        return ResponseEntity.status(HttpStatus.CREATED).header("Cache-Control", "no-store")
                .header("Location", "/api/v1/users/" + issued.account().username())
                .body(AccountView.of(issued.account(), issued.temporaryPassword()));
    }

    @PatchMapping("/{username}")
    AccountView change(Actor actor, @PathVariable String username, @Valid @RequestBody UserChange change) {
        return AccountView.of(accounts.change(actor, username, new StaffAccountChange(change.displayName(), change.email(),
                change.phone(), change.position(), change.roles(), change.enabled())));
    }

    @PostMapping("/{username}/password-reset")
    ResponseEntity<Map<String, String>> resetPassword(Actor actor, @PathVariable String username) {
        IssuedPassword issued = accounts.resetPassword(actor, username);
        return ResponseEntity.ok().header("Cache-Control", "no-store")
                .body(Map.of("username", issued.account().username(), "temporaryPassword", issued.temporaryPassword()));
    }
}
