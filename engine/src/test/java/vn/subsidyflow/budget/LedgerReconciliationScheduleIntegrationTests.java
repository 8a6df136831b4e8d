package vn.subsidyflow.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.subsidyflow.database.MapperSlice;
import vn.subsidyflow.database.OncePerCluster;
import vn.subsidyflow.database.Rows;

/**
 * Two nodes' schedules on one database (each with its own lock client, as two JVMs would have):
 * the reconciliation runs once per interval for the cluster, not once per node.
 */
@SpringBootTest(classes = MapperSlice.class)
class LedgerReconciliationScheduleIntegrationTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    Rows rows;

    @BeforeEach
    @AfterEach
    void noLockHeld() {
        rows.jdbc().update("DELETE FROM shedlock WHERE name = ?", LedgerReconciliationSchedule.LOCK);
    }

    @Test
    void onlyOneOfTwoNodesReconcilesInAnInterval() {
        LedgerMonitor monitor = mock(LedgerMonitor.class);
        ReconciliationSettings everyMinute = new ReconciliationSettings(0, 60_000);
        LedgerReconciliationSchedule nodeA = new LedgerReconciliationSchedule(monitor, new OncePerCluster(dataSource), everyMinute);
        LedgerReconciliationSchedule nodeB = new LedgerReconciliationSchedule(monitor, new OncePerCluster(dataSource), everyMinute);

        nodeA.scheduled();
        nodeB.scheduled();
        nodeA.scheduled();

        verify(monitor, times(1)).checkOnSchedule();
        assertThat(rows.jdbc().queryForObject(
                "SELECT lock_until > UTC_TIMESTAMP(3) + INTERVAL 50 SECOND FROM shedlock WHERE name = ?", Boolean.class,
                LedgerReconciliationSchedule.LOCK)).as("held for most of the interval after a quick run").isTrue();
    }

    @Test
    void theNextIntervalRunsOnWhicheverNodeTicksFirst() throws InterruptedException {
        LedgerMonitor monitor = mock(LedgerMonitor.class);
        ReconciliationSettings everySecond = new ReconciliationSettings(0, 1_000);
        LedgerReconciliationSchedule nodeA = new LedgerReconciliationSchedule(monitor, new OncePerCluster(dataSource), everySecond);
        LedgerReconciliationSchedule nodeB = new LedgerReconciliationSchedule(monitor, new OncePerCluster(dataSource), everySecond);

        nodeA.scheduled();
        nodeB.scheduled();
        Thread.sleep(1_000);
        nodeB.scheduled();
        nodeA.scheduled();

        verify(monitor, times(2)).checkOnSchedule();
    }
}
