package vn.subsidyflow.applicant;

import java.util.Set;
import vn.subsidyflow.shared.Role;

/** A staff account to create; phone and position are optional. */
public record NewStaffAccount(String username, String displayName, String email, String phone, String position,
                              Set<Role> roles) {
}
