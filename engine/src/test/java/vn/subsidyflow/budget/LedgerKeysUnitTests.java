package vn.subsidyflow.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.Role;

class LedgerKeysUnitTests {

    private static Actor user(String name) {
        return new Actor(name, Set.of(Role.FINANCE), null, null);
    }

    @Test
    void shouldGiveTwoCallersOfTheSameKeyTwoLedgerKeys() {
        assertThat(LedgerKeys.of("top-up", user("finance"), "k-1")).isNotEqualTo(LedgerKeys.of("top-up", user("admin"), "k-1"));
        assertThat(LedgerKeys.of("top-up", user("finance"), "k-1")).isEqualTo(LedgerKeys.of("top-up", user("finance"), "k-1"));
        assertThat(LedgerKeys.of("top-up", user("finance"), "k-1")).startsWith("top-up:k-1@");
    }

    @Test
    void shouldNotConfuseKeysAndUsernamesThatShareASeparator() {
        assertThat(LedgerKeys.of("clawback", user("a@b"), "x")).isNotEqualTo(LedgerKeys.of("clawback", user("b"), "x@a"));
    }

    @Test
    void shouldFitTheLedgerColumnWhateverTheKeyLength() {
        String key = "k".repeat(200);
        String ledgerKey = LedgerKeys.of("transfer", user("finance"), key);
        assertThat(ledgerKey).hasSizeLessThanOrEqualTo(200);
        assertThat(ledgerKey).isNotEqualTo(LedgerKeys.of("transfer", user("finance"), "k".repeat(199)));
    }

    @Test
    void shouldMakeAFreshKeyWhenNoneWasSent() {
        assertThat(LedgerKeys.of("allocate", user("finance"), null)).isNotEqualTo(LedgerKeys.of("allocate", user("finance"), null));
    }
}
