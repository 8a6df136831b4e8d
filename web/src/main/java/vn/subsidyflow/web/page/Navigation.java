package vn.subsidyflow.web.page;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The menu a user sees: one entry per area their roles open. */
public record Navigation(List<Entry> entries, String home) {

    public record Entry(String path, String labelKey) {
    }

    static Navigation of(UserDetails user) {
        List<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        List<Entry> entries = new ArrayList<>();
        if (roles.contains("ROLE_APPLICANT")) {
            entries.add(new Entry("/my/dossiers", "nav.myDossiers"));
            entries.add(new Entry("/my/dossiers/new", "nav.newDossier"));
            entries.add(new Entry("/my/organisation", "nav.organisation"));
        }
        if (roles.stream().anyMatch(r -> List.of("ROLE_INTAKE", "ROLE_REVIEWER", "ROLE_APPROVER", "ROLE_FINANCE").contains(r))) {
            entries.add(new Entry("/inbox", "nav.inbox"));
        }
        if (roles.contains("ROLE_INTAKE")) {
            entries.add(new Entry("/counter", "nav.counter"));
        }
        if (roles.stream().anyMatch(r -> List.of("ROLE_FINANCE", "ROLE_ADMIN", "ROLE_AUDITOR", "ROLE_APPROVER").contains(r))) {
            entries.add(new Entry("/finance", "nav.finance"));
            entries.add(new Entry("/finance/ledger", "nav.ledger"));
            entries.add(new Entry("/reports", "nav.reports"));
        }
        if (roles.stream().anyMatch(r -> List.of("ROLE_APPROVER", "ROLE_ADMIN", "ROLE_AUDITOR", "ROLE_FINANCE").contains(r))) {
            entries.add(new Entry("/statistics", "nav.statistics"));
        }
        // After the inbox and finance: it is where staff look a dossier up, not where they start.
        if (roles.stream().anyMatch(r -> List.of("ROLE_INTAKE", "ROLE_REVIEWER", "ROLE_APPROVER", "ROLE_FINANCE", "ROLE_ADMIN",
                "ROLE_AUDITOR").contains(r))) {
            entries.add(new Entry("/cases", "nav.cases"));
        }
        if (roles.contains("ROLE_ADMIN")) {
            entries.add(new Entry("/admin/users", "nav.users"));
            entries.add(new Entry("/admin/policy-versions", "nav.policies"));
            entries.add(new Entry("/admin/support-items", "nav.items"));
            entries.add(new Entry("/admin/holidays", "nav.holidays"));
            entries.add(new Entry("/admin/imports", "nav.imports"));
            entries.add(new Entry("/admin/notices", "nav.failedNotices"));
        }
        return new Navigation(entries, entries.isEmpty() ? "/" : entries.get(0).path());
    }

    /** The entry the current page belongs to: the longest path that prefixes it. */
    public String activePath(String current) {
        String best = null;
        for (Entry entry : entries) {
            boolean matches = current.equals(entry.path()) || current.startsWith(entry.path() + "/")
                    || current.startsWith(entry.path() + ".");
            if (matches && (best == null || entry.path().length() > best.length())) {
                best = entry.path();
            }
        }
        return best;
    }
}
