package vn.subsidyflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.subsidyflow.shared.DomainFailure;

class ApplicationRepositoryUnitTests {

    private final ApplicationMapper mapper = mock(ApplicationMapper.class);
    private final ApplicationRepository repository = new ApplicationRepository(mapper, mock(ApplicationEventPublisher.class));

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void shouldReportAMissingDossierWhenLocking() {
        TransactionSynchronizationManager.initSynchronization();
        when(mapper.findForUpdate(9)).thenReturn(Optional.empty());
        assertThat(catchThrowableOfType(DomainFailure.class, () -> repository.loadForUpdate(9)).code())
                .isEqualTo("APPLICATION_NOT_FOUND");
    }

    @Test
    void shouldReadADossierOncePerTransactionAndAfreshInTheNext() {
        when(mapper.findById(7)).thenAnswer(call -> Optional.of(TestApplications.draft(100_000_000L)));

        TransactionSynchronizationManager.initSynchronization();
        Application first = repository.load(7);
        assertThat(repository.load(7)).isSameAs(first);
        verify(mapper, times(1)).findById(7);
        endTransaction();

        TransactionSynchronizationManager.initSynchronization();
        assertThat(repository.load(7)).isNotSameAs(first);
        verify(mapper, times(2)).findById(7);
    }

    @Test
    void shouldReadEveryTimeOutsideATransaction() {
        when(mapper.findById(7)).thenAnswer(call -> Optional.of(TestApplications.draft(100_000_000L)));
        assertThat(repository.load(7)).isNotSameAs(repository.load(7));
        verify(mapper, times(2)).findById(7);
    }

    @Test
    void shouldHandTheLockedCopyToLaterReadsOfTheTransaction() {
        TransactionSynchronizationManager.initSynchronization();
        when(mapper.findForUpdate(7)).thenReturn(Optional.of(TestApplications.draft(100_000_000L)));
        Application locked = repository.loadForUpdate(7);
        assertThat(repository.load(7)).isSameAs(locked);
        verify(mapper, times(0)).findById(7);
    }
}
