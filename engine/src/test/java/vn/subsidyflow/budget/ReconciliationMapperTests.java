package vn.subsidyflow.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.database.MapperTestSupport;
import vn.subsidyflow.database.Rows;

class ReconciliationMapperTests extends MapperTestSupport {

    @Autowired
    ReconciliationMapper runs;
    @Autowired
    Rows rows;

    @Test
    void theLatestRunIsReadBackAsWrittenWhicheverNodeWroteIt() {
        Instant earlier = Instant.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        Instant later = earlier.plus(1, ChronoUnit.MINUTES);
        runs.insertRun(earlier, true, "1@node-a", 12, true, "", "", 1500);
        runs.insertRun(later, false, "2@node-b", 13, false, "7,9", "3", 1700);

        ReconciliationMapper.RecordedRun latest = runs.latestRun().orElseThrow();

        assertThat(latest).isEqualTo(new ReconciliationMapper.RecordedRun(later, false, "2@node-b", 13, false, "7,9", "3", 1700));
    }

    @Test
    void runsOlderThanTheKeptPeriodAreDeletedAndNewerOnesKept() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        runs.insertRun(now.minus(40, ChronoUnit.DAYS), true, "old", 1, true, "", "", 1);
        runs.insertRun(now, true, "new", 1, true, "", "", 1);

        assertThat(runs.deleteRunsBefore(now.minus(30, ChronoUnit.DAYS))).isGreaterThanOrEqualTo(1);

        assertThat(rows.jdbc().queryForObject("SELECT COUNT(*) FROM ledger_reconciliation WHERE node = 'old'", Integer.class)).isZero();
        assertThat(rows.jdbc().queryForObject("SELECT COUNT(*) FROM ledger_reconciliation WHERE node = 'new'", Integer.class)).isOne();
    }
}
