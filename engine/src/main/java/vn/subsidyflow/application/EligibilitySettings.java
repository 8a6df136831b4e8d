package vn.subsidyflow.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The programme's province ({@code subsidyflow.eligibility.province-code}): a support item that
 * requires the head office in the province compares the organisation's province code with it.
 * Two digits of the national list of administrative units; Hà Tĩnh is 42. Anything else is a typo
 * that would refuse every business, so the application refuses to start on it.
 */
@ConfigurationProperties("subsidyflow.eligibility")
public record EligibilitySettings(@DefaultValue("42") String provinceCode) {

    public EligibilitySettings {
        if (provinceCode == null || !provinceCode.matches("[0-9]{2}")) {
            throw new IllegalArgumentException("subsidyflow.eligibility.province-code must be a two-digit province code, e.g. 42 (Hà Tĩnh); was "
                    + provinceCode);
        }
    }
}
