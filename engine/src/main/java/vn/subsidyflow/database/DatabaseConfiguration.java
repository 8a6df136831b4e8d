package vn.subsidyflow.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import vn.subsidyflow.db.EmbeddedMariaDb;

/**
 * Chooses the database. {@code SUBSIDYFLOW_DB_URL} (with {@code _USER} and {@code _PASSWORD}) names
 * an external MySQL 8 or MariaDB 11 server; without it an embedded MariaDB starts, keeping its data
 * in {@code subsidyflow.embedded.dir} (default {@code ./data}), so a restart keeps every dossier,
 * and signing in with the account generated for that directory.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** Names an external server; without it the embedded one is used. */
    static final String EXTERNAL_URL = "subsidyflow.db.url";
    /** Where the embedded server keeps its binaries and data. */
    static final String EMBEDDED_DIR = "subsidyflow.embedded.dir";
    static final String DEFAULT_EMBEDDED_DIR = "data";

    @Bean
    DataSource dataSource(@Value("${" + EXTERNAL_URL + ":}") String url,
                          @Value("${subsidyflow.db.user:root}") String user,
                          @Value("${subsidyflow.db.password:}") String password,
                          @Value("${subsidyflow.db.pool-size:20}") int poolSize,
                          @Value("${" + EMBEDDED_DIR + ":" + DEFAULT_EMBEDDED_DIR + "}") String embeddedDir,
                          @Value("${subsidyflow.embedded.database:subsidyflow}") String embeddedDatabase) {
        HikariDataSource dataSource = StringUtils.hasText(url)
                ? new HikariDataSource()
                : new EmbeddedServerDataSource(EmbeddedMariaDb.acquire(Path.of(embeddedDir), embeddedDatabase));
        if (StringUtils.hasText(url)) {
            dataSource.setJdbcUrl(url);
        }
        // The embedded server's URL carries its generated account, and so may an external URL: the
        // driver would let a separately given user (the default root) override it.
        if (!carriesAccount(dataSource.getJdbcUrl())) {
            dataSource.setUsername(user);
            dataSource.setPassword(password);
        }
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setPoolName("subsidyflow");
        // Fail fast while the database is down, so callers get a clear 503 instead of a hang.
        dataSource.setConnectionTimeout(5_000);
        dataSource.setInitializationFailTimeout(60_000);
        dataSource.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        driverSettings().forEach(dataSource::addDataSourceProperty);
        return dataSource;
    }

    /** Whether a Connector/J URL names its user among its parameters. */
    static boolean carriesAccount(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query >= 0 && ("&" + jdbcUrl.substring(query + 1)).contains("&user=");
    }

    /**
     * Connector/J settings that save round trips. Without {@code useLocalSessionState} the driver
     * asks the server {@code SELECT @@session.transaction_read_only} whenever Spring or MyBatis checks
     * a connection's read-only flag: 119 of the ~400 statements of one dossier lifecycle were that
     * question (measured with the general log, issue 5). Our session state only ever changes through
     * the JDBC API, so the driver's own view of it is exact. The statement caches keep the parsed
     * form of our few hundred distinct statements instead of re-parsing them on every call.
     */
    static Map<String, String> driverSettings() {
        return Map.of(
                "useLocalSessionState", "true",
                "cachePrepStmts", "true",
                "prepStmtCacheSize", "500",
                "prepStmtCacheSqlLimit", "4096",
                "cacheServerConfiguration", "true",
                "cacheResultSetMetadata", "true",
                "maintainTimeStats", "false");
    }

    /** The pool of the embedded server; closing it gives the server back (the last user stops it). */
    static final class EmbeddedServerDataSource extends HikariDataSource {

        EmbeddedServerDataSource(String jdbcUrl) {
            setJdbcUrl(jdbcUrl);
        }

        @Override
        public void close() {
            boolean wasOpen = !isClosed();
            super.close();
            if (wasOpen) {
                EmbeddedMariaDb.release();
            }
        }
    }
}
