package vn.subsidyflow.applicant;

import java.util.Set;
import vn.subsidyflow.shared.Role;

/** What an administrator changes on an account; a null field is left as it is. */
public record StaffAccountChange(String displayName, String email, String phone, String position, Set<Role> roles,
                                 Boolean enabled) {
}
