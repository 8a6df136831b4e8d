package vn.subsidyflow.web.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.Organisation;
import vn.subsidyflow.applicant.OrganisationProfiles;
import vn.subsidyflow.applicant.OrganisationSize;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/** The signed-in applicant's own organisation: its contact details, and the bank account support is paid into. */
@RestController
@RequestMapping("/api/v1/organisation")
class OrganisationController {

    record BankAccount(@Size(max = 200) String bankName, @Size(max = 40) String accountNumber,
                       @Size(max = 200) String accountName) {
    }

    record ContactDetails(@Size(max = 20) String phone, @Size(max = 254) String email, @Size(max = 500) String address) {
    }

    /** The head office as written, its province's two-digit code, and the declared size (both may be unknown). */
    record Profile(@Size(max = 500) String address, @Size(max = 2) String provinceCode, OrganisationSize size) {
    }

    private final Accounts accounts;
    private final OrganisationProfiles profiles;

    OrganisationController(Accounts accounts, OrganisationProfiles profiles) {
        this.accounts = accounts;
        this.profiles = profiles;
    }

    @GetMapping
    Organisation mine(Actor actor) {
        if (!actor.isApplicant()) {
            throw DomainFailure.notFound(FailureCode.ORGANISATION_NOT_FOUND, actor.username());
        }
        return accounts.organisation(actor.organisationId());
    }

    @PutMapping("/profile")
    Organisation profile(Actor actor, @Valid @RequestBody Profile profile) {
        return accounts.changeProfile(actor, profile.address(), profile.provinceCode(), profile.size());
    }

    @PutMapping("/bank-account")
    Organisation bankAccount(Actor actor, @Valid @RequestBody BankAccount account) {
        return accounts.changeBankAccount(actor, account.bankName(), account.accountNumber(), account.accountName());
    }

    @PutMapping("/contact")
    Organisation contact(Actor actor, @Valid @RequestBody ContactDetails contact) {
        return profiles.changeContact(actor, contact.phone(), contact.email(), contact.address());
    }
}
