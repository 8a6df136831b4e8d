package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.Role;

/** The one reader of uploaded documents refuses what it cannot hand to the engine, by name and field. */
class DocumentUploadsUnitTests {

    private final Applications applications = mock(Applications.class);
    private final DocumentUploads uploads = new DocumentUploads(applications);
    private final Actor applicant = new Actor("applicant1", Set.of(Role.APPLICANT), 1L, "127.0.0.1");

    @Test
    void shouldReadAKindByNameAndRefuseOneThatIsNoKind() {
        assertThat(DocumentUploads.kind("INVOICE")).isEqualTo(DocumentKind.INVOICE);
        DomainFailure failure = catchThrowableOfType(DomainFailure.class, () -> DocumentUploads.kind("PASSPORT"));
        assertThat(failure.code()).isEqualTo("INVALID_DOCUMENT_KIND");
        assertThat(failure.details()).containsEntry("field", "kind");
    }

    @Test
    void shouldRefuseAMissingOrEmptyFileBeforeTheEngineSeesIt() {
        for (MockMultipartFile file : new MockMultipartFile[] {null, new MockMultipartFile("file", "a.pdf", "application/pdf", new byte[0])}) {
            DomainFailure failure = catchThrowableOfType(DomainFailure.class,
                    () -> uploads.add(applicant, 7L, DocumentKind.INVOICE, file));
            assertThat(failure.code()).isEqualTo("EMPTY_DOCUMENT");
            assertThat(failure.details()).containsEntry("field", "file");
        }
        verifyNoInteractions(applications);
    }
}
