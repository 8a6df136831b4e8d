package vn.subsidyflow.catalog;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.subsidyflow.shared.DomainFailure;

/** Reads the support items of the policy versions in force; a dossier is pinned to the version in force on its filing date. */
@Service
public class PolicyCatalog {

    private final CatalogMapper mapper;

    PolicyCatalog(CatalogMapper mapper) {
        this.mapper = mapper;
    }

    /** Items an applicant can apply for on {@code day}. */
    public List<SupportItem> itemsInForce(LocalDate day) {
        return mapper.findInForce(day);
    }

    /** Every item of every version, newest version first (for administrators). */
    public List<SupportItem> allItems() {
        return mapper.findAll();
    }

    /** The item with this code in the version in force on {@code day}. */
    public SupportItem itemInForce(String code, LocalDate day) {
        return mapper.findInForceByCode(code, day)
                .orElseThrow(() -> DomainFailure.invalid("UNKNOWN_SUPPORT_ITEM",
                        "No support item '" + code + "' is in force on " + day));
    }

    public SupportItem item(long id) {
        return mapper.findById(id).orElseThrow(() -> DomainFailure.notFound("support_item", id));
    }
}
