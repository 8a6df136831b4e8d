package vn.subsidyflow.web.problem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;

/**
 * A seeded generator of bad requests: every API endpoint with a valid-looking request, then one to
 * three mutations of its body, path, query, headers or method — wrong types, fractions, huge or
 * negative numbers, over-long and odd texts, nulls, null elements, impossible dates, huge paging,
 * bad keys, bad media types, garbage JSON, unknown paths. Some mutations leave a request valid;
 * the test accepts any 2xx for those.
 */
final class BadRequests {

    /** One request to send. {@code body} null means none. */
    record Request(String method, String path, Map<String, String> headers, byte[] body, String endpoint) {

        @Override
        public String toString() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) {
                text = "<" + body.length + " bytes that are not UTF-8>";
            }
            text = text.length() > 300 ? text.substring(0, 300) + "…" : text;
            StringBuilder printable = new StringBuilder();
            text.codePoints().forEach(c -> printable.append(c < 0x20 || c == 0x7F ? String.format("\\u%04x", c)
                    : new String(Character.toChars(c))));
            return method + " " + path + " " + headers + " " + printable;
        }
    }

    /** Ids the valid requests refer to, taken from a real scenario. */
    record Fixtures(long draftId, long documentId, long submittedId, String taskId, long lineId, long otherLineId,
                    long approvedId, String itemCode, String policyCode, int year) {
    }

    private record Endpoint(String name, String method, String path, Map<String, Object> query, Map<String, Object> body) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Object MISSING = new Object();

    private final Random random;
    private final Fixtures f;
    private final List<Endpoint> endpoints;

    BadRequests(long seed, Fixtures fixtures) {
        this.random = new Random(seed);
        this.f = fixtures;
        this.endpoints = endpoints(fixtures);
    }

    int endpointCount() {
        return endpoints.size();
    }

    /** The {@code i}-th request: endpoints in turn, so each gets its share. */
    Request next(int i) {
        Endpoint e = endpoints.get(i % endpoints.size());
        String method = e.method();
        String path = e.path();
        Map<String, Object> query = new LinkedHashMap<>(e.query());
        Map<String, Object> body = e.body() == null ? null : new LinkedHashMap<>(e.body());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json, application/problem+json");
        byte[] raw = null;
        boolean multipart = path.endsWith("/documents") && method.equals("POST");
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            switch (random.nextInt(12)) {
                case 0, 1, 2, 3 -> {
                    if (body != null && !body.isEmpty()) {
                        String field = pick(new ArrayList<>(body.keySet()));
                        Object bad = badValue(body.get(field));
                        if (bad == MISSING) {
                            body.remove(field);
                        } else {
                            body.put(field, bad);
                        }
                    } else if (!query.isEmpty()) {
                        String field = pick(new ArrayList<>(query.keySet()));
                        query.put(field, badQueryValue());
                    } else {
                        path = badPath(path);
                    }
                }
                case 4 -> {
                    if (!query.isEmpty() || random.nextBoolean()) {
                        String field = query.isEmpty() ? pick(List.of("offset", "limit", "page", "size", "from", "to",
                                "fiscalYear", "status", "category", "key")) : pick(new ArrayList<>(query.keySet()));
                        query.put(field, badQueryValue());
                    } else if (body != null) {
                        body.put(pick(List.of("unknown", "id", "status", "amountVnd", "__proto__")), badValue(1L));
                    }
                }
                case 5 -> path = badPath(path);
                case 6 -> raw = garbageBody();
                case 7 -> headers.put("Idempotency-Key", badKey());
                case 8 -> headers.put("Accept", pick(List.of("application/xml", "text/html", "text/csv", "image/png",
                        "application/json;q=0", "garbage", "*/*", "application/*", "text/plain")));
                case 9 -> headers.put("Content-Type", pick(List.of("text/plain", "application/xml",
                        "multipart/form-data", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
                        "application/json; charset=klingon", "garbage", "application/json")));
                case 10 -> method = pick(List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"));
                default -> {
                    if (body != null) {
                        body = nested(body);
                    } else {
                        query.put("unknown", badQueryValue());
                    }
                }
            }
        }
        String uri = path + queryString(query);
        if (multipart && raw == null && !headers.containsKey("Content-Type")) {
            return multipart(method, uri, headers, e.name(), body);
        }
        byte[] bytes = raw != null ? raw : body == null ? null : JSON.writeValueAsBytes(body);
        if (bytes != null) {
            headers.putIfAbsent("Content-Type", "application/json");
        }
        return new Request(method, uri, headers, bytes, e.name());
    }

    private Request multipart(String method, String uri, Map<String, String> headers, String name, Map<String, Object> fields) {
        String boundary = "----bad" + random.nextInt(1_000_000);
        StringBuilder head = new StringBuilder();
        Object kind = fields == null ? null : fields.get("kind");
        if (kind != null && random.nextInt(5) > 0) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n")
                    .append(kind).append("\r\n");
        }
        byte[] content = pick(List.of("%PDF-1.4 ok".getBytes(StandardCharsets.UTF_8), new byte[0],
                "MZ\u0090\u0000 executable".getBytes(StandardCharsets.ISO_8859_1),
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), randomBytes(2048)));
        String fileName = pick(List.of("a.pdf", "", "../../etc/passwd", "x".repeat(400) + ".pdf", "hồ sơ.pdf", "a\u0000.pdf"));
        String type = pick(List.of("application/pdf", "text/html", "image/svg+xml", "application/x-msdownload", "", "garbage/"));
        boolean withFile = random.nextInt(6) > 0;
        byte[] start = (head + (withFile ? "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n" : "")).getBytes(StandardCharsets.UTF_8);
        byte[] end = ((withFile ? "\r\n" : "") + "--" + boundary + (random.nextInt(8) == 0 ? "" : "--\r\n"))
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + (withFile ? content.length : 0) + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        if (withFile) {
            System.arraycopy(content, 0, body, start.length, content.length);
        }
        System.arraycopy(end, 0, body, body.length - end.length, end.length);
        headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        return new Request(method, uri, headers, body, name);
    }

    private Object badValue(Object valid) {
        return switch (random.nextInt(9)) {
            case 0 -> MISSING;
            case 1 -> null;
            case 2 -> badNumber();
            case 3, 4 -> badText();
            case 5 -> pick(List.of(true, false, List.of(), Map.of(), Arrays.asList((Object) null), List.of(1, 2)));
            case 6 -> badDate();
            case 7 -> valid instanceof List<?> ? Arrays.asList(null, null) : badNumber();
            default -> valid instanceof String s ? s + badText() : badNumber();
        };
    }

    private Object badNumber() {
        return pick(List.of(1.5, 0.0001, -1L, 0L, -9_223_372_036_854_775_808L, 9_223_372_036_854_775_807L,
                1_000_000_000_000_000_000L, 1_000_000_000_000_001L, 2_147_483_648L, "100", "1e3", "", "NaN",
                new java.math.BigInteger("99999999999999999999999999"), 1e300, -0.0, Integer.MAX_VALUE));
    }

    private Object badText() {
        int n = pick(List.of(61, 101, 201, 301, 501, 1001, 2001, 5000, 70_000));
        return pick(List.of("", " ", "\u0000", "x".repeat(n), "Việt ".repeat(n / 5 + 1), "😀".repeat(n / 2 + 1),
                "<script>alert(1)</script>", "' OR 1=1 --", "=HYPERLINK(\"http://x\")", "\u202Eevil", "\uD800",
                "a\r\nInjected: header", "%00%ff", "../../etc/passwd", "ACCEPT"));
    }

    private Object badDate() {
        return pick(List.of("9999-12-31", "0001-01-01", "+1000000000-01-01", "2025-02-30", "1999-12-31", "2101-01-01",
                "yesterday", "", "2025-13-01", 20250101, "2025-01-01T00:00:00Z"));
    }

    private String badQueryValue() {
        return pick(List.of("-1", "0", "2147483647", "2147483648", "4294968", "9223372036854775808", "1.5", "abc", "",
                "%00", "%ZZ", "9999-12-31", "+1000000000-01-01", "2025-02-30", "1999-01-01", "true", "x".repeat(3000),
                "%E1%BA%A1", "null", "MANAGEMENT_SYSTEM", "DRAFT", "500", "501", "20001"));
    }

    private String badPath(String path) {
        return pick(List.of(path + "/unknown", path.replaceAll("/\\d+", "/-1"), path.replaceAll("/\\d+", "/abc"),
                path.replaceAll("/\\d+", "/99999999999999999999"), path.replaceAll("/\\d+", "/9223372036854775807"),
                path.replaceAll("/\\d+", "/1.5"), path.replaceAll("/\\d+", "/%2e%2e"), "/api/v1/nothing-here",
                path.length() > 7 ? "/api/v2" + path.substring(7) : "/api/v2", "/api", "/api/", path + ".json", path + "%00", path + "/" + "x".repeat(2000),
                "/api/v1/tasks/" + "t".repeat(100), "/api/v1/applications/" + f.draftId() + "/documents/abc",
                path.replace("v1", "V1"), path + ";jsessionid=x"));
    }

    private String badKey() {
        return pick(List.of("k".repeat(101), "k".repeat(200), "k".repeat(201), "k".repeat(5000), "", " ", "khoá-việt",
                "a b", "\t", "x".repeat(100)));
    }

    private byte[] garbageBody() {
        String text = pick(List.of("{", "}", "[]", "null", "\"text\"", "42", "{\"a\":}", "{} {}", "{\"amountVnd\":1.5}",
                "[".repeat(5000), "{\"amountVnd\":" + "9".repeat(3000) + "}", "{\"x\":\"\\uZZZZ\"}", "", "\u0000",
                "<xml/>", "{'single':'quotes'}", "{\"amountVnd\":NaN}", "{\"a\":1,}"));
        return random.nextInt(10) == 0 ? randomBytes(512) : text.getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Object> nested(Map<String, Object> body) {
        Map<String, Object> wrapped = new LinkedHashMap<>();
        wrapped.put("data", body);
        if (random.nextBoolean()) {
            wrapped.put("items", List.of(body, body));
        }
        return wrapped;
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private String queryString(Map<String, Object> query) {
        StringBuilder s = new StringBuilder();
        query.forEach((k, v) -> s.append(s.isEmpty() ? "?" : "&").append(k).append('=').append(encode(String.valueOf(v))));
        return s.toString();
    }

    private static String encode(String value) {
        // Values that already hold escapes (%00, %ZZ) are sent as they are, to test the server's decoding.
        return value.matches(".*%[0-9A-Fa-fZ]{2}.*") ? value
                : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<Endpoint> endpoints(Fixtures f) {
        String app = "/api/v1/applications/";
        List<Endpoint> list = new ArrayList<>();
        list.add(new Endpoint("list dossiers", "GET", "/api/v1/applications",
                map("status", "SUBMITTED", "category", "MANAGEMENT_SYSTEM", "offset", 0, "limit", 50), null));
        list.add(new Endpoint("file dossier", "POST", "/api/v1/applications", Map.of(),
                map("supportItemCode", f.itemCode(), "title", "Hồ sơ", "eligibleCostVnd", 40_000_000L, "unitCount", 1)));
        list.add(new Endpoint("read dossier", "GET", app + f.draftId(), Map.of(), null));
        list.add(new Endpoint("upload", "POST", app + f.draftId() + "/documents", Map.of(), map("kind", "INVOICE")));
        list.add(new Endpoint("list documents", "GET", app + f.draftId() + "/documents", Map.of(), null));
        list.add(new Endpoint("download", "GET", app + f.draftId() + "/documents/" + f.documentId(), Map.of(), null));
        list.add(new Endpoint("submit", "POST", app + f.submittedId() + "/submit", Map.of(), Map.of()));
        list.add(new Endpoint("withdraw", "POST", app + f.approvedId() + "/withdraw", Map.of(), Map.of()));
        list.add(new Endpoint("budget", "GET", "/api/v1/budget", map("fiscalYear", f.year()), null));
        list.add(new Endpoint("allocate", "POST", "/api/v1/budget/lines", Map.of(), map("fiscalYear", f.year(),
                "category", "MANAGEMENT_SYSTEM", "allocatedVnd", 1_000L, "policyCode", f.policyCode(), "reason", "Cấp",
                "documentRef", "1/QĐ")));
        list.add(new Endpoint("top-up", "POST", "/api/v1/budget/lines/" + f.lineId() + "/top-ups", Map.of(),
                map("amountVnd", 1_000L, "reason", "Bổ sung", "documentRef", "2/QĐ")));
        list.add(new Endpoint("transfer", "POST", "/api/v1/budget/transfers", Map.of(), map("fromLineId", f.lineId(),
                "toLineId", f.otherLineId(), "amountVnd", 1_000L, "reason", "Điều chuyển", "documentRef", "3/QĐ")));
        list.add(new Endpoint("clawback", "POST", "/api/v1/budget/clawbacks", Map.of(), map("applicationId",
                f.approvedId(), "amountVnd", 1_000L, "reason", "Thu hồi", "documentRef", "4/QĐ")));
        list.add(new Endpoint("year-end", "POST", "/api/v1/budget/year-end-closings", Map.of(), map("policyCode",
                f.policyCode(), "fiscalYear", f.year() - 1, "releaseApplicationIds", List.of(f.approvedId()),
                "reason", "Cuối năm", "documentRef", "5/QĐ")));
        list.add(new Endpoint("ledger", "GET", "/api/v1/budget/ledger",
                map("line", f.lineId(), "from", "2025-01-01", "to", "2025-12-31", "page", 0, "size", 50), null));
        list.add(new Endpoint("ledger csv", "GET", "/api/v1/budget/ledger.csv", map("from", "2025-01-01"), null));
        list.add(new Endpoint("reconciliation", "GET", "/api/v1/budget/reconciliation", Map.of(), null));
        list.add(new Endpoint("policy versions", "GET", "/api/v1/policy-versions", Map.of(), null));
        list.add(new Endpoint("load policy", "POST", "/api/v1/policy-versions", Map.of(), map("code", "BAD",
                "title", "T", "citation", "C", "effectiveFrom", "2020-01-01", "totalVnd", 1_000_000L,
                "items", List.of(map("code", "BAD-1", "category", "MANAGEMENT_SYSTEM", "nameVi", "A", "nameEn", "A",
                        "ratePct", 50, "capVnd", 1_000L, "capUnit", "PER_APPLICATION", "frequencyLimit", 1,
                        "requiredDocuments", List.of("INVOICE"), "completionDocuments", List.of(), "legalCitation", "L")))));
        list.add(new Endpoint("support items", "GET", "/api/v1/support-items", Map.of(), null));
        list.add(new Endpoint("organisation", "GET", "/api/v1/organisation", Map.of(), null));
        list.add(new Endpoint("bank account", "PUT", "/api/v1/organisation/bank-account", Map.of(),
                map("bankName", "BIDV", "accountNumber", "12345678", "accountName", "CONG TY A")));
        list.add(new Endpoint("organisation profile", "PUT", "/api/v1/organisation/profile", Map.of(),
                map("address", "Số 1 Trần Phú, TP Hà Tĩnh", "provinceCode", "42", "size", "SMALL")));
        list.add(new Endpoint("batch", "POST", "/api/v1/payment-batches", Map.of(), map("description", "Đợt",
                "payments", List.of(map("applicationId", f.approvedId(), "amountVnd", 1_000L)))));
        list.add(new Endpoint("read batch", "GET", "/api/v1/payment-batches/1", Map.of(), null));
        list.add(new Endpoint("read payment", "GET", "/api/v1/payments/1", Map.of(), null));
        list.add(new Endpoint("confirm payment", "POST", "/api/v1/payments/1/confirm", Map.of(),
                map("treasuryReference", "KB-1")));
        list.add(new Endpoint("register", "POST", "/api/v1/registrations", Map.of(), map("username", "u",
                "password", "short", "email", "a@b.vn", "taxCode", "0100233487", "organisationName", "Công ty",
                "organisationType", "ENTERPRISE", "address", "Hà Tĩnh", "provinceCode", "42", "size", "MICRO")));
        list.add(new Endpoint("period report", "GET", "/api/v1/reports/period", map("from", "2025-01-01", "to", "2025-12-31"), null));
        list.add(new Endpoint("year report", "GET", "/api/v1/reports/period", map("fromYear", 2021, "toYear", 2025), null));
        list.add(new Endpoint("tasks", "GET", "/api/v1/tasks", map("key", "intake", "category", "MANAGEMENT_SYSTEM",
                "applicationId", f.submittedId(), "mine", false, "offset", 0, "limit", 50), null));
        list.add(new Endpoint("task", "GET", "/api/v1/tasks/" + f.taskId(), Map.of(), null));
        list.add(new Endpoint("complete task", "POST", "/api/v1/tasks/" + f.taskId() + "/complete", Map.of(),
                map("outcome", "ACCEPT", "comment", "Ghi chú", "amountVnd", 1_000L, "decisionNumber", "1/QĐ",
                        "decisionDate", "2025-01-02", "paymentReference", "KB-2")));
        list.add(new Endpoint("claim task", "POST", "/api/v1/tasks/" + f.taskId() + "/claim", Map.of(), Map.of()));
        list.add(new Endpoint("unclaim task", "POST", "/api/v1/tasks/" + f.taskId() + "/unclaim", Map.of(), Map.of()));
        list.add(new Endpoint("health", "GET", "/actuator/health", Map.of(), null));
        list.add(new Endpoint("unknown", "GET", "/api/v1/does-not-exist", Map.of(), null));
        return list;
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
