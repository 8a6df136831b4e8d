package vn.subsidyflow.web.catalog;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import vn.subsidyflow.catalog.PolicyVersion;
import vn.subsidyflow.catalog.PolicyVersionDraft;
import vn.subsidyflow.catalog.PolicyVersions;
import vn.subsidyflow.shared.Actor;

/** Policy versions: administrators load a resolution's real values as a new version. */
@RestController
@RequestMapping("/api/v1/policy-versions")
class PolicyVersionController {

    private final PolicyVersions versions;

    PolicyVersionController(PolicyVersions versions) {
        this.versions = versions;
    }

    @GetMapping
    List<PolicyVersion> list() {
        return versions.versions();
    }

    @PostMapping
    ResponseEntity<PolicyVersion> load(Actor actor, @RequestBody PolicyVersionDraft draft) {
        PolicyVersion version = versions.load(actor, draft);
        // The code is the administrator's text: encoded, so no character of it can fail the answer
        // after the version is stored.
        URI location = UriComponentsBuilder.fromPath("/api/v1/policy-versions/{code}").buildAndExpand(version.code())
                .encode().toUri();
        return ResponseEntity.created(location).body(version);
    }
}
