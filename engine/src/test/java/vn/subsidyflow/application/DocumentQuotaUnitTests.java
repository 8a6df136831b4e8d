package vn.subsidyflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import vn.subsidyflow.shared.DomainFailure;

class DocumentQuotaUnitTests {

    private final ApplicationMapper mapper = mock(ApplicationMapper.class);
    private final DocumentQuota quota = new DocumentQuota(mapper, new DocumentSettings(3, 1000));

    @Test
    void shouldTakeADocumentThatFitsUpToTheLastByteAndTheLastPlace() {
        when(mapper.findDocumentUsage(7)).thenReturn(new DocumentUsage(2, 600));
        assertThatCode(() -> quota.requireRoomFor(7, 400)).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseTheDocumentThatWouldExceedTheBytesOrTheCount() {
        when(mapper.findDocumentUsage(7)).thenReturn(new DocumentUsage(2, 600));
        DomainFailure tooBig = catchThrowableOfType(DomainFailure.class, () -> quota.requireRoomFor(7, 401));
        assertThat(tooBig.code()).isEqualTo("DOCUMENT_QUOTA_EXCEEDED");
        assertThat(tooBig.details()).containsEntry("maxBytes", 1000L).containsEntry("documents", 2L);

        when(mapper.findDocumentUsage(8)).thenReturn(new DocumentUsage(3, 10));
        assertThat(catchThrowableOfType(DomainFailure.class, () -> quota.requireRoomFor(8, 1)).code())
                .isEqualTo("DOCUMENT_QUOTA_EXCEEDED");
    }
}
