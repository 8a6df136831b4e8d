package vn.subsidyflow.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
@EnableConfigurationProperties({DatabaseSettings.class, EmbeddedDatabaseSettings.class})
class DatabaseConfiguration {

    @Bean
    DataSource dataSource(DatabaseSettings external, EmbeddedDatabaseSettings embedded) {
        String url = external.url();
        HikariDataSource dataSource = StringUtils.hasText(url)
                ? new HikariDataSource()
                : new EmbeddedServerDataSource(EmbeddedMariaDb.acquire(Path.of(embedded.dir()), embedded.database()));
        if (StringUtils.hasText(url)) {
            dataSource.setJdbcUrl(url);
        }
        // The embedded server's URL carries its generated account, and so may an external URL: the
        // driver would let a separately given user (the default root) override it.
        if (!carriesAccount(dataSource.getJdbcUrl())) {
            dataSource.setUsername(external.user());
            dataSource.setPassword(external.password());
        }
        dataSource.setMaximumPoolSize(external.poolSize());
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
     * question (counted in the server's general log). Our session state only ever changes through
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
