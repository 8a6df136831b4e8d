package vn.subsidyflow.web.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.applicant.OrganisationSize;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.applicant.Registration;
import vn.subsidyflow.applicant.Registrations;
import vn.subsidyflow.applicant.UserAccount;

/** Anonymous sign-up of a business and its first user. */
@RestController
@RequestMapping("/api/v1/registrations")
class RegistrationController {

    record RegistrationRequest(@Size(max = 60) String username, String password, @Size(max = 254) String email,
                               @Size(max = 14) String taxCode, @Size(max = 300) String organisationName,
                               OrganisationType organisationType, @Size(max = 500) String address,
                               @Size(max = 2) String provinceCode, OrganisationSize size) {
    }

    record RegistrationResponse(String username, long organisationId, String organisationName, String taxCode) {
    }

    private final Registrations registrations;

    RegistrationController(Registrations registrations) {
        this.registrations = registrations;
    }

    @PostMapping
    ResponseEntity<RegistrationResponse> register(@Valid @RequestBody RegistrationRequest request) {
        UserAccount user = registrations.register(new Registration(request.username(), request.password(), request.email(),
                request.taxCode(), request.organisationName(), request.organisationType(), request.address(),
                request.provinceCode(), request.size()));
        return ResponseEntity.created(URI.create("/api/v1/applications"))
                .body(new RegistrationResponse(user.username(), user.organisationId(), user.displayName(), request.taxCode()));
    }
}
