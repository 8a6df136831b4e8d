package vn.subsidyflow.web.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates the shipped example history, {@code docs/examples/history-2021-2025.csv}: SYNTHETIC data
 * (no real business) shaped like the Department's 2020–2025 report — 198 businesses supported for
 * 14 161 000 000 đồng, every dossier paid in full (approved = paid, so the report's "kinh phí hỗ trợ"
 * reads the same whether it sums approved or paid). Decisions of 2021–2022 fall under the example
 * NQ 215/2020 version, those of 2023–2025 under the example NQ 95/2022 version, each item within its
 * example cap. Each business is supported in one fiscal year and category, so the report's rows add
 * up to 198 businesses. Deterministic: {@code ExampleHistoryUnitTests} checks the committed file is
 * what this writes. Run {@code main} with the file's path to write it again.
 */
final class ExampleHistory {

    static final String FILE = "docs/examples/history-2021-2025.csv";
    static final int BUSINESSES = 198;
    static final long TOTAL_VND = 14_161_000_000L;

    /** An example item: its version, category, cap, whether the cap counts per unit, and whether once per business. */
    private record Item(String policy, String code, String category, long capVnd, boolean perUnit, boolean once) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("NQ215-2020-EXAMPLE", "ISO_9001", "MANAGEMENT_SYSTEM", 30_000_000L, false, true),
            new Item("NQ215-2020-EXAMPLE", "TCVN_CONFORMITY", "CONFORMITY_CERTIFICATION", 15_000_000L, true, false),
            new Item("NQ215-2020-EXAMPLE", "QCVN_CONFORMITY", "CONFORMITY_CERTIFICATION", 15_000_000L, true, false),
            new Item("NQ95-2022-EXAMPLE", "ISO_9001", "MANAGEMENT_SYSTEM", 50_000_000L, false, true),
            new Item("NQ95-2022-EXAMPLE", "ISO_22000_HACCP", "MANAGEMENT_SYSTEM", 60_000_000L, false, true),
            new Item("NQ95-2022-EXAMPLE", "VIETGAP", "MANAGEMENT_SYSTEM", 30_000_000L, false, true),
            new Item("NQ95-2022-EXAMPLE", "LEAN_5S_KAIZEN", "MANAGEMENT_SYSTEM", 30_000_000L, false, true),
            new Item("NQ95-2022-EXAMPLE", "TCVN_CONFORMITY", "CONFORMITY_CERTIFICATION", 20_000_000L, true, false),
            new Item("NQ95-2022-EXAMPLE", "QCVN_CONFORMITY", "CONFORMITY_CERTIFICATION", 20_000_000L, true, false),
            new Item("NQ95-2022-EXAMPLE", "TRADEMARK_DOMESTIC", "INTELLECTUAL_PROPERTY", 15_000_000L, true, false),
            new Item("NQ95-2022-EXAMPLE", "INDUSTRIAL_DESIGN", "INTELLECTUAL_PROPERTY", 15_000_000L, true, false),
            new Item("NQ95-2022-EXAMPLE", "PATENT", "INTELLECTUAL_PROPERTY", 30_000_000L, false, false),
            new Item("NQ95-2022-EXAMPLE", "IP_FILING_ABROAD", "INTELLECTUAL_PROPERTY", 60_000_000L, false, false));

    private static final long STEP = 1_000_000L;

    private ExampleHistory() {
    }

    static List<HistoryFiles.Row> rows() {
        Random random = new Random(20_252_025L);
        List<String[]> dossiers = new ArrayList<>(); // taxCode, name, type, item index, year
        List<long[]> money = new ArrayList<>(); // amount, max
        for (int b = 0; b < BUSINESSES; b++) {
            int year = 2021 + b % 5;
            String policy = year <= 2022 ? "NQ215-2020-EXAMPLE" : "NQ95-2022-EXAMPLE";
            List<String> categories = year <= 2022 ? List.of("MANAGEMENT_SYSTEM", "CONFORMITY_CERTIFICATION")
                    : List.of("MANAGEMENT_SYSTEM", "CONFORMITY_CERTIFICATION", "INTELLECTUAL_PROPERTY");
            String category = categories.get(random.nextInt(categories.size()));
            List<Integer> choices = new ArrayList<>();
            for (int i = 0; i < ITEMS.size(); i++) {
                if (ITEMS.get(i).policy().equals(policy) && ITEMS.get(i).category().equals(category)) {
                    choices.add(i);
                }
            }
            String type = b % 9 == 0 ? "COOPERATIVE" : b % 11 == 0 ? "HOUSEHOLD_BUSINESS" : "ENTERPRISE";
            String name = switch (type) {
                case "COOPERATIVE" -> "Hợp tác xã Ví dụ " + (b + 1);
                case "HOUSEHOLD_BUSINESS" -> "Hộ kinh doanh Ví dụ " + (b + 1);
                default -> "Công ty TNHH Ví dụ " + (b + 1);
            };
            int count = 1 + random.nextInt(4);
            List<Integer> taken = new ArrayList<>();
            for (int d = 0; d < count; d++) {
                int item = choices.get(random.nextInt(choices.size()));
                if (ITEMS.get(item).once() && taken.contains(item)) {
                    continue;
                }
                taken.add(item);
                Item it = ITEMS.get(item);
                long max = it.perUnit() ? it.capVnd() * (1 + random.nextInt(4)) : it.capVnd();
                long amount = Math.max(STEP, (max * (40 + random.nextInt(61)) / 100) / STEP * STEP);
                dossiers.add(new String[] {HistoryFiles.taxCode(42_000_000L + b), name, type, Integer.toString(item),
                        Integer.toString(year)});
                money.add(new long[] {amount, max});
            }
        }
        // Bring the sum to the report's figure, a million at a time, within each dossier's cap.
        long difference = TOTAL_VND - money.stream().mapToLong(m -> m[0]).sum();
        for (boolean moved = true; difference != 0 && moved; ) {
            moved = false;
            for (long[] m : money) {
                long step = Math.min(STEP, Math.abs(difference));
                if (difference > 0 && m[0] + step <= m[1]) {
                    m[0] += step;
                    difference -= step;
                    moved = true;
                } else if (difference < 0 && m[0] - step >= STEP) {
                    m[0] -= step;
                    difference += step;
                    moved = true;
                }
                if (difference == 0) {
                    break;
                }
            }
        }
        if (difference != 0) {
            throw new IllegalStateException("The example dossiers cannot reach " + TOTAL_VND + " đ: " + difference + " left");
        }
        List<HistoryFiles.Row> rows = new ArrayList<>();
        Map<Integer, Integer> sequence = new java.util.HashMap<>();
        for (int i = 0; i < dossiers.size(); i++) {
            String[] d = dossiers.get(i);
            Item item = ITEMS.get(Integer.parseInt(d[3]));
            int year = Integer.parseInt(d[4]);
            LocalDate decided = LocalDate.of(year, 3, 1).plusDays(random.nextInt(270));
            LocalDate filed = decided.minusDays(15 + random.nextInt(44));
            LocalDate paid = decided.plusDays(10 + random.nextInt(36));
            int number = sequence.merge(year, 1, Integer::sum);
            rows.add(new HistoryFiles.Row(d[0], d[1], d[2], item.code(), item.policy(), filed,
                    number + "/" + year + "/QĐ-SKHCN-VD", decided, money.get(i)[0], money.get(i)[0], paid));
        }
        return rows;
    }

    static byte[] csv() {
        return HistoryFiles.csv(rows(),
                "SYNTHETIC EXAMPLE DATA - not real businesses, decisions or amounts. Dữ liệu ví dụ, không phải số liệu thật.",
                "198 businesses, 14 161 000 000 VND approved and paid, decisions 2021-2025 under the example policy versions.",
                "Generated by web/src/test/java/vn/subsidyflow/web/imports/ExampleHistory.java; see docs/examples/README.md.");
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : FILE);
        Files.write(file, csv());
        System.out.println("Wrote " + file + ": " + rows().size() + " dossiers");
    }
}
