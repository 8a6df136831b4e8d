package vn.subsidyflow.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Money;

class AmountInWordsUnitTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|Không đồng",
            "1|Một đồng",
            "4|Bốn đồng",
            "5|Năm đồng",
            "10|Mười đồng",
            "11|Mười một đồng",
            "14|Mười bốn đồng",
            "15|Mười lăm đồng",
            "20|Hai mươi đồng",
            "21|Hai mươi mốt đồng",
            "24|Hai mươi bốn đồng",
            "25|Hai mươi lăm đồng",
            "55|Năm mươi lăm đồng",
            "100|Một trăm đồng",
            "101|Một trăm linh một đồng",
            "105|Một trăm linh năm đồng",
            "110|Một trăm mười đồng",
            "111|Một trăm mười một đồng",
            "115|Một trăm mười lăm đồng",
            "999|Chín trăm chín mươi chín đồng",
            "1000|Một nghìn đồng",
            "1001|Một nghìn không trăm linh một đồng",
            "1010|Một nghìn không trăm mười đồng",
            "1021|Một nghìn không trăm hai mươi mốt đồng",
            "2105|Hai nghìn một trăm linh năm đồng",
            "15000000|Mười lăm triệu đồng",
            "1000005|Một triệu không trăm linh năm đồng",
            "1005000|Một triệu không trăm linh năm nghìn đồng",
            "50500000|Năm mươi triệu năm trăm nghìn đồng",
            "48000000|Bốn mươi tám triệu đồng",
            "10000000000|Mười tỷ đồng",
            "1000000001|Một tỷ không trăm linh một đồng",
            "14161000000|Mười bốn tỷ một trăm sáu mươi mốt triệu đồng",
            "1234000000000|Một nghìn hai trăm ba mươi bốn tỷ đồng",
            "1005000000000|Một nghìn không trăm linh năm tỷ đồng",
            "1000000000000000|Một triệu tỷ đồng",
            "999999999999999|Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng",
    })
    void readsTheAmountAsTheDepartmentWritesIt(long amountVnd, String words) {
        assertThat(AmountInWords.of(amountVnd)).isEqualTo(words);
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, Money.MAX_AMOUNT_VND + 1, Long.MIN_VALUE, Long.MAX_VALUE})
    void refusesAnAmountOutOfRange(long amountVnd) {
        assertThatThrownBy(() -> AmountInWords.of(amountVnd))
                .isInstanceOfSatisfying(DomainFailure.class, f -> assertThat(f.failureCode()).isEqualTo(FailureCode.INVALID_AMOUNT));
    }
}
