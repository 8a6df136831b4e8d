package vn.subsidyflow.web.support;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh valid tax codes, so every test registers its own business. */
public final class TaxCodes {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private TaxCodes() {
    }

    public static String fresh() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < 9; i++) {
                digits.append(ThreadLocalRandom.current().nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += WEIGHTS[i] * (digits.charAt(i) - '0');
            }
            int check = 10 - sum % 11;
            if (check < 10) {
                return digits.append(check).toString();
            }
        }
    }
}
