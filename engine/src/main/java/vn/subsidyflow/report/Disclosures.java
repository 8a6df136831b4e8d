package vn.subsidyflow.report;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * Public disclosure of decided support, as the budget-transparency rules ask: per year of decision
 * (and optionally category), the support each business was granted — the same dossiers the period
 * report counts — showing only {@link DisclosedSupport}'s columns. Anyone may read it.
 */
@Service
public class Disclosures {

    /** The most rows one page may hold: anonymous readers page, they do not pull a year at once. */
    public static final int MAX_PAGE_SIZE = 100;

    private final DisclosureMapper mapper;

    Disclosures(DisclosureMapper mapper) {
        this.mapper = mapper;
    }

    public record Page(int year, Category category, int page, int size, long total, List<DisclosedSupport> items) {
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Page year(int year, Category category, int page, int size) {
        check(year);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || (long) page * size > 10_000_000L) {
            throw new DomainFailure(FailureCode.INVALID_PAGE, "page from 0, size from 1 to " + MAX_PAGE_SIZE);
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return new Page(year, category, page, size, mapper.countDecidedInYear(year, category),
                mapper.decided(from, to, category, page * size, size));
    }

    /** Every decided support of the year, in the pages' order, one at a time (for the downloads). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public void forEach(int year, Category category, Consumer<DisclosedSupport> consumer) {
        check(year);
        mapper.eachDecided(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), category,
                context -> consumer.accept(context.getResultObject()));
    }

    private static void check(int year) {
        if (year < 2000 || year > 2100) {
            throw new DomainFailure(FailureCode.INVALID_YEARS, "year must be between 2000 and 2100");
        }
    }
}
