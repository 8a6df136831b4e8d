package vn.subsidyflow.database;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The external database server, when there is one.
 *
 * @param url      a Connector/J URL of a MySQL 8 or MariaDB 11 server ({@code SUBSIDYFLOW_DB_URL});
 *                 empty (the default): the embedded server starts instead
 * @param user     the account on that server ({@code SUBSIDYFLOW_DB_USER}, default {@code root}); not
 *                 used when the URL names its own {@code user=}
 * @param password its password ({@code SUBSIDYFLOW_DB_PASSWORD}, default empty)
 * @param poolSize connections per application node (default 20); every node's pool together must
 *                 stay below the server's {@code max_connections}
 */
@Validated
@ConfigurationProperties("subsidyflow.db")
public record DatabaseSettings(@NotNull @DefaultValue("") String url,
                               @NotNull @DefaultValue("root") String user,
                               @NotNull @DefaultValue("") String password,
                               @Min(1) @DefaultValue("20") int poolSize) {

    /** Never a password (given apart or in the URL): a record's own toString would put it in any log that shows it. */
    @Override
    public String toString() {
        String shownUrl = url == null ? null : url.replaceAll("(?i)(password=)[^&]*", "$1***");
        String shownPassword = password == null || password.isEmpty() ? "" : "***";
        return "DatabaseSettings[url=" + shownUrl + ", user=" + user + ", password=" + shownPassword + ", poolSize=" + poolSize + "]";
    }
}
