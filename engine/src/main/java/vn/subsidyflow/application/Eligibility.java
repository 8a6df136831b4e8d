package vn.subsidyflow.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.Organisation;
import vn.subsidyflow.catalog.SupportItem;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * Whether an organisation may be supported for an item, by the item's rules as data: applicant
 * type, head office in the programme's province, declared size, and how often it was supported.
 * Every unmet rule is named at once, so a business learns everything it must fix from one refusal.
 */
@Component
@EnableConfigurationProperties(EligibilitySettings.class)
class Eligibility {

    private final Accounts accounts;
    private final ApplicationRepository repository;
    private final EligibilitySettings settings;
    private final Clock clock;

    Eligibility(Accounts accounts, ApplicationRepository repository, EligibilitySettings settings, Clock clock) {
        this.accounts = accounts;
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Refuses with {@code NOT_ELIGIBLE} and the list of unmet rules; part of the caller's command,
     * because counting earlier support locks the organisation's row until it ends.
     */
    void require(Application application, SupportItem item) {
        Organisation organisation = accounts.organisation(application.organisationId());
        List<UnmetRule> unmet = new ArrayList<>(unmetRules(item, organisation, settings.provinceCode()));
        if (item.frequencyLimit() > 0) {
            int supported = repository.countSupported(application, item.frequencyWindowStart(clock.instant()));
            if (supported >= item.frequencyLimit()) {
                unmet.add(new UnmetRule(UnmetRule.FREQUENCY_LIMIT, "The organisation was already supported " + supported
                        + " time(s) for " + item.code() + "; the item allows " + item.frequencyLimit()
                        + (item.frequencyYears() == 0 ? "" : " in " + item.frequencyYears() + " year(s)")));
            }
        }
        if (!unmet.isEmpty()) {
            throw new DomainFailure(FailureCode.NOT_ELIGIBLE, "The organisation is not eligible for " + item.code() + ": "
                    + unmet.stream().map(UnmetRule::message).collect(Collectors.joining("; ")), Map.of("unmet", unmet));
        }
    }

    /** The rules of the item the organisation's declared facts do not meet (the frequency limit aside). */
    static List<UnmetRule> unmetRules(SupportItem item, Organisation organisation, String programmeProvince) {
        List<UnmetRule> unmet = new ArrayList<>();
        if (!item.applicantTypes().isEmpty() && (organisation.organisationType() == null
                || !item.applicantTypes().contains(organisation.organisationType()))) {
            unmet.add(new UnmetRule(UnmetRule.APPLICANT_TYPE, "The item is for " + item.applicantTypes()
                    + "; the organisation is " + organisation.organisationType()));
        }
        if (item.headOfficeInProvince() && !programmeProvince.equals(organisation.provinceCode())) {
            unmet.add(new UnmetRule(UnmetRule.HEAD_OFFICE_IN_PROVINCE, organisation.provinceCode() == null
                    ? "The item requires the head office in province " + programmeProvince + "; the organisation has not declared its province"
                    : "The item requires the head office in province " + programmeProvince + "; the organisation's is in "
                            + organisation.provinceCode()));
        }
        if (!item.sizes().isEmpty() && (organisation.size() == null || !item.sizes().contains(organisation.size()))) {
            unmet.add(new UnmetRule(UnmetRule.ENTERPRISE_SIZE, organisation.size() == null
                    ? "The item is for " + item.sizes() + " enterprises; the organisation has not declared its size"
                    : "The item is for " + item.sizes() + " enterprises; the organisation declared " + organisation.size()));
        }
        return unmet;
    }
}
