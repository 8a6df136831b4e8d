package vn.subsidyflow.paper;

import java.util.ArrayList;
import java.util.List;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Money;

/**
 * An amount of đồng in Vietnamese words, as a support decision writes it after the figures
 * ("Mười lăm triệu đồng"). Read in groups of three digits (nghìn, triệu, tỷ); above a tỷ the
 * number of tỷ is itself read as a number ("một nghìn hai trăm tỷ", "một triệu tỷ"), as people say it.
 * Inside a group that follows a higher one every place is read, so no zero is lost on a paper where
 * a missing word changes the sum: 1 000 005 is "một triệu không trăm linh năm", not "một triệu năm".
 */
public final class AmountInWords {

    private static final long BILLION = 1_000_000_000L;
    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"triệu", "nghìn", ""};

    private AmountInWords() {
    }

    /** {@code amountVnd} from 0 to {@link Money#MAX_AMOUNT_VND} in words, first letter capitalised, ending in "đồng". */
    public static String of(long amountVnd) {
        if (amountVnd < 0 || amountVnd > Money.MAX_AMOUNT_VND) {
            throw new DomainFailure(FailureCode.INVALID_AMOUNT,
                    "An amount in words must be a whole number of đồng between 0 and " + Money.MAX_AMOUNT_VND);
        }
        String words = amountVnd == 0 ? DIGITS[0] : number(amountVnd, false);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " đồng";
    }

    /** A positive number; {@code afterHigher}: a higher place was read before it, so its zeros are read too. */
    private static String number(long n, boolean afterHigher) {
        if (n >= BILLION) {
            long rest = n % BILLION;
            String billions = number(n / BILLION, afterHigher) + " tỷ";
            return rest == 0 ? billions : billions + " " + belowBillion(rest, true);
        }
        return belowBillion(n, afterHigher);
    }

    private static String belowBillion(long n, boolean afterHigher) {
        long[] groups = {n / 1_000_000, n / 1_000 % 1_000, n % 1_000};
        List<String> words = new ArrayList<>();
        boolean higher = afterHigher;
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == 0) {
                continue;
            }
            words.add(group((int) groups[i], higher) + (GROUPS[i].isEmpty() ? "" : " " + GROUPS[i]));
            higher = true;
        }
        return String.join(" ", words);
    }

    /** One group of three digits, 1–999; {@code full}: read its hundreds and its "linh" even when zero. */
    private static String group(int n, boolean full) {
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int units = n % 10;
        List<String> words = new ArrayList<>();
        boolean hundredsRead = full || hundreds > 0;
        if (hundredsRead) {
            words.add(DIGITS[hundreds] + " trăm");
        }
        if (tens == 0) {
            if (units > 0 && hundredsRead) {
                words.add("linh");
            }
        } else if (tens == 1) {
            words.add("mười");
        } else {
            words.add(DIGITS[tens] + " mươi");
        }
        if (units == 1 && tens >= 2) {
            words.add("mốt");
        } else if (units == 5 && tens >= 1) {
            words.add("lăm");
        } else if (units > 0) {
            // Four is "bốn" everywhere: "tư" after a tens is also heard, but "bốn" is never misread.
            words.add(DIGITS[units]);
        }
        return String.join(" ", words);
    }
}
