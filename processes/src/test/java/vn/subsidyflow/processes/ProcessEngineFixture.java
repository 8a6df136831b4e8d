package vn.subsidyflow.processes;

import static org.mockito.Mockito.mock;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.engine.repository.DeploymentBuilder;
import vn.subsidyflow.db.EmbeddedMariaDb;

/**
 * One bare Flowable engine per test JVM, on the embedded MariaDB, with the four processes deployed
 * and every delegate bean replaced by a Mockito mock. {@link ProcessEngineShutdown} stops it when
 * the JUnit launcher session closes.
 */
final class ProcessEngineFixture {

    static final List<String> PROCESS_KEYS = List.of("supportApplication", "managementSystemSupport",
            "conformityCertificationSupport", "intellectualPropertySupport");

    private static final List<String> RESOURCES = List.of(
            "processes/support-application.bpmn20.xml",
            "processes/management-system-support.bpmn20.xml",
            "processes/conformity-certification-support.bpmn20.xml",
            "processes/intellectual-property-support.bpmn20.xml");

    private static final Map<String, JavaDelegate> delegates = Map.of(
            "commitBudget", mock(JavaDelegate.class, "commitBudget"),
            "lapseApplication", mock(JavaDelegate.class, "lapseApplication"),
            "awaitPayment", mock(JavaDelegate.class, "awaitPayment"),
            "confirmCompletionOnFile", mock(JavaDelegate.class, "confirmCompletionOnFile"),
            "awaitCompletion", mock(JavaDelegate.class, "awaitCompletion"));

    private static HikariDataSource dataSource;
    private static ProcessEngine engine;

    private ProcessEngineFixture() {
    }

    static synchronized ProcessEngine engine() {
        if (engine == null) {
            start();
        }
        return engine;
    }

    static JavaDelegate delegate(String beanName) {
        return delegates.get(beanName);
    }

    static Iterable<JavaDelegate> delegates() {
        return delegates.values();
    }

    static synchronized void stop() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
        if (dataSource != null) {
            dataSource.close();
            dataSource = null;
            if (external() == null) {
                EmbeddedMariaDb.release();
            }
        }
    }

    private static String external() {
        String url = System.getenv("SUBSIDYFLOW_DB_URL");
        return url == null || url.isBlank() ? null : url;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void start() {
        Path directory = Path.of(System.getProperty("subsidyflow.embedded.dir", "target/mariadb"));
        HikariConfig pool = new HikariConfig();
        // Like the application: an external MySQL 8 / MariaDB 11 server when SUBSIDYFLOW_DB_URL names one.
        if (external() != null) {
            pool.setJdbcUrl(external());
            pool.setUsername(env("SUBSIDYFLOW_DB_USER", "root"));
            pool.setPassword(env("SUBSIDYFLOW_DB_PASSWORD", ""));
        } else {
            // The embedded server's URL carries the account generated for its data directory.
            pool.setJdbcUrl(EmbeddedMariaDb.acquire(directory, "processes"));
        }
        pool.setMaximumPoolSize(4);
        dataSource = new HikariDataSource(pool);

        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setEngineName("subsidyflow-process-tests");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        // Jobs run only when a test executes them.
        configuration.setAsyncExecutorActivate(false);
        Map<Object, Object> beans = new HashMap<>(delegates);
        beans.put("deadlines", new TestDeadlines(configuration));
        configuration.setBeans(beans);
        engine = configuration.buildProcessEngine();

        // The database outlives the JVM; duplicate filtering keeps one deployment while the models are unchanged.
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name("subsidyflow-processes").enableDuplicateFiltering();
        RESOURCES.forEach(deployment::addClasspathResource);
        deployment.deploy();
    }
}
