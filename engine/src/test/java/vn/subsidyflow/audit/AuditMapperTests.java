package vn.subsidyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.database.MapperTestSupport;

class AuditMapperTests extends MapperTestSupport {

    // audit_event has no foreign key: an id no dossier of the tests reaches keeps the events apart.
    private static final long APPLICATION = 9_100_000_001L;

    @Autowired
    AuditMapper audit;

    @Test
    void eventsOfADossierComeBackInTheOrderWrittenWithTheServerTime() {
        Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);
        audit.insert(new AuditEvent(null, APPLICATION, "applicant1", "SUBMIT", "DRAFT", "SUBMITTED", "nộp hồ sơ", "10.0.0.1", null));
        audit.insert(new AuditEvent(null, APPLICATION, "intake", "ACCEPT", "SUBMITTED", "IN_APPRAISAL", null, null, null));
        audit.insert(new AuditEvent(null, APPLICATION + 1, "intake", "ACCEPT", "SUBMITTED", "IN_APPRAISAL", null, null, null));

        var events = audit.findByApplication(APPLICATION);
        assertThat(events).extracting(AuditEvent::action).containsExactly("SUBMIT", "ACCEPT");
        AuditEvent first = events.get(0);
        assertThat(first.id()).isNotNull();
        assertThat(first.applicationId()).isEqualTo(APPLICATION);
        assertThat(first.actor()).isEqualTo("applicant1");
        assertThat(first.fromStatus()).isEqualTo("DRAFT");
        assertThat(first.toStatus()).isEqualTo("SUBMITTED");
        assertThat(first.detail()).isEqualTo("nộp hồ sơ");
        assertThat(first.remoteAddress()).isEqualTo("10.0.0.1");
        assertThat(first.occurredAt()).isAfter(before);
        assertThat(events.get(1).detail()).isNull();
        assertThat(first.facts()).isNull();
    }

    @Test
    void factsComeBackAsTheNamedValuesWritten() {
        audit.insert(new AuditEvent(null, APPLICATION, "applicant1", "CREATED", null, "DRAFT", "ISO_9001, eligible cost 96000000 đ",
                null, null, AuditFacts.of("item", "ISO_9001", "eligibleCostVnd", 96_000_000L, "maxSupportVnd", 48_000_000L,
                        "decisionOn", java.time.LocalDate.of(2026, 3, 2), "unitCount", null)));

        AuditEvent event = audit.findByApplication(APPLICATION).get(0);
        assertThat(event.facts()).containsOnlyKeys("item", "eligibleCostVnd", "maxSupportVnd", "decisionOn");
        assertThat(event.facts().get("item")).isEqualTo("ISO_9001");
        assertThat(((Number) event.facts().get("eligibleCostVnd")).longValue()).isEqualTo(96_000_000L);
        assertThat(event.facts().get("decisionOn")).isEqualTo("2026-03-02");
        assertThat(event.detail()).isEqualTo("ISO_9001, eligible cost 96000000 đ");
    }
}
