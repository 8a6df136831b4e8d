package vn.subsidyflow.report;

import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Keeps the report summary (V31: {@code report_support}, {@code report_business}) equal to what an
 * exact scan of the dossiers would count. Called with a dossier's supported facts before and after
 * each save, in the transaction of that save; {@code null} means "not supported".
 */
@Component
public class SupportSummary {

    private final SupportSummaryMapper mapper;

    SupportSummary(SupportSummaryMapper mapper) {
        this.mapper = mapper;
    }

    /** Applies the change of one dossier from {@code before} to {@code after} (either may be null). */
    public void changed(SupportedDossier before, SupportedDossier after) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null && after != null && before.sameKey(after)) {
            mapper.addToSupport(after, 0, after.approvedVnd() - before.approvedVnd(), after.paidVnd() - before.paidVnd());
            return;
        }
        if (before != null) {
            remove(before);
        }
        if (after != null) {
            add(after);
        }
    }

    private void add(SupportedDossier d) {
        Integer latestBefore = mapper.latestDecisionYear(d);
        mapper.addToBusiness(d, 1);
        mapper.addToSupport(d, 1, d.approvedVnd(), d.paidVnd());
        moveLatest(d, latestBefore, latestBefore == null ? d.decisionYear() : Math.max(latestBefore, d.decisionYear()));
    }

    private void remove(SupportedDossier d) {
        Integer latestBefore = mapper.latestDecisionYear(d);
        mapper.addToBusiness(d, -1);
        mapper.deleteEmptyBusiness(d);
        mapper.addToSupport(d, -1, -d.approvedVnd(), -d.paidVnd());
        moveLatest(d, latestBefore, mapper.latestDecisionYear(d));
        mapper.deleteEmptySupport(d);
    }

    /** The business's latest decision year in this fiscal year and category moved: it counts there now. */
    private void moveLatest(SupportedDossier d, Integer from, Integer to) {
        if (Objects.equals(from, to)) {
            return;
        }
        if (from != null) {
            mapper.addLastDecided(d, from, -1);
        }
        if (to != null) {
            mapper.addLastDecided(d, to, 1);
        }
    }
}
