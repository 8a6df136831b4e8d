package vn.subsidyflow.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.support.RealHttp;
import vn.subsidyflow.web.support.UiTestSupport;

/**
 * The pages' forms, posted with a valid session and CSRF token but generated bad values: never the
 * 500 page, and a refused form writes nothing. The seed is printed; {@code -Dbadform.seed=} replays.
 */
class UiBadFormInputTests extends UiTestSupport {

    static final int POSTS = 1_200;
    static final String HIGH_WATER = "SELECT (SELECT COALESCE(MAX(id), 0) FROM application),"
            + " (SELECT COALESCE(MAX(id), 0) FROM application_document), (SELECT COALESCE(MAX(id), 0) FROM ledger_entry),"
            + " (SELECT COALESCE(MAX(id), 0) FROM organisation), (SELECT COALESCE(MAX(id), 0) FROM audit_event)";

    record Form(String session, String path, Map<String, String> fields) {
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void shouldNeverAnswerABadFormWithTheErrorPageNorWriteWhenRefusing() {
        long seed = Long.getLong("badform.seed", System.nanoTime());
        System.out.println("UiBadFormInputTests seed: " + seed + " (rerun with -Dbadform.seed=" + seed + ")");
        Random random = new Random(seed);
        String applicant = newBusiness();
        long draft = draft(applicant, "TCVN_CONFORMITY", 30_000_000L, List.of());
        long filed = filed(applicant, "TCVN_CONFORMITY", 30_000_000L);
        String task = taskId(staff("intake", Role.INTAKE), filed, "intake");
        Map<String, RealHttp> sessions = new LinkedHashMap<>();
        sessions.put("applicant", RealHttp.signedIn(port, applicant, PASSWORD));
        for (String staff : List.of("intake", "approver", "admin")) {
            sessions.put(staff, RealHttp.signedIn(port, staff, "demo"));
        }
        sessions.put("anonymous", new RealHttp(port));
        List<Form> forms = List.of(
                new Form("anonymous", "/signup", fields("organisationName", "Công ty", "organisationType", "ENTERPRISE",
                        "taxCode", "0100233487", "address", "Hà Tĩnh", "email", "a@b.vn", "username", "u",
                        "password", "p", "passwordAgain", "p")),
                new Form("applicant", "/my/dossiers", fields("item", "TCVN_CONFORMITY", "title", "Hồ sơ", "cost", "1000")),
                new Form("applicant", "/my/dossiers/" + draft + "/submit", fields()),
                new Form("applicant", "/my/dossiers/" + draft + "/withdraw", fields()),
                new Form("intake", "/inbox/tasks/" + task + "/claim", fields("back", "task")),
                new Form("intake", "/inbox/tasks/" + task + "/unclaim", fields("back", "task")),
                new Form("intake", "/inbox/tasks/" + task + "/complete", fields("outcome", "REQUEST_SUPPLEMENT",
                        "comment", "c", "amount", "1", "decisionNumber", "1", "decisionDate", "2025-01-01",
                        "paymentReference", "KB")),
                new Form("admin", "/admin/holidays", fields("day", "2031-01-02", "nameVi", "Nghỉ", "nameEn", "Off")),
                new Form("admin", "/admin/holidays/delete", fields("day", "2031-01-02")));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> failures = new ArrayList<>();
        long[] before = highWater(jdbc);
        for (int i = 0; i < POSTS; i++) {
            Form form = forms.get(i % forms.size());
            Map<String, String> fields = new LinkedHashMap<>(form.fields());
            String field = fields.isEmpty() ? "unknown" : new ArrayList<>(fields.keySet()).get(random.nextInt(fields.size()));
            String bad = pick(random, "x".repeat(5_000), "Việt ".repeat(120), "😀".repeat(400), "\u0000", "", " ",
                    "-1", "1.5", "999999999999999999999", "9223372036854775807", "9999-12-31", "+1000000000-01-01",
                    "2025-02-30", "<script>alert(1)</script>", "=1+1", "APPROVE", "PAY", "%ZZ");
            if (random.nextInt(6) == 0) {
                fields.remove(field);
            } else {
                fields.put(field, bad);
            }
            HttpResponse<String> response = sessions.get(form.session()).post(form.path(), encode(fields));
            int status = response.statusCode();
            long[] after = highWater(jdbc);
            String problem = status >= 500 ? "the error page" : null;
            if (status >= 400 && !Arrays.equals(before, after)) {
                problem = (problem == null ? "" : problem + "; ") + "refused but wrote " + Arrays.toString(before)
                        + " -> " + Arrays.toString(after);
            }
            if (problem != null) {
                String value = fields.getOrDefault(field, "<missing>");
                failures.add("#" + i + " " + form.session() + " POST " + form.path() + " " + field + "="
                        + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + " -> " + status + ": " + problem);
            }
            before = after;
        }
        assertThat(failures).as(failures.size() + " bad answers (seed " + seed + "):\n" + String.join("\n", failures))
                .isEmpty();
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String encode(Map<String, String> fields) {
        StringBuilder body = new StringBuilder("x=1");
        fields.forEach((k, v) -> body.append('&').append(k).append('=')
                .append(v.equals("%ZZ") ? v : URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private static long[] highWater(JdbcTemplate jdbc) {
        return jdbc.queryForObject(HIGH_WATER, (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5)});
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
