package vn.subsidyflow.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.engine.repository.DeploymentBuilder;
import vn.subsidyflow.workflow.Step;

/**
 * Flowable with nothing of ours around it: the same BPMN, no-op delegates, no HTTP. Used as the
 * peer (in its own schema), and, on the application's schema, to start the live process instances
 * the history generator needs (the application's own engine keeps running beside it).
 */
final class BareFlowable {

    private BareFlowable() {
    }

    /** Due dates like the application's working-day calendar gives, without the calendar. */
    public static final class Deadlines {

        public Date due(String step, Object applicationId) {
            return due(step);
        }

        public Date due(String step) {
            return Date.from(Instant.now().plus(switch (Step.of(step)) {
                case INTAKE -> 5;
                case APPRAISAL -> 15;
                case DECISION -> 10;
                case PAYMENT -> 7;
                default -> 30;
            }, ChronoUnit.DAYS));
        }
    }

    /** The peer at Flowable's default history level ({@code audit}): the reference the ratio is taken against. */
    static ProcessEngine peer(DataSource dataSource) {
        return peer(dataSource, HistoryLevel.AUDIT);
    }

    /** The peer at another history level, e.g. the application's own, to compare like with like beside the reference. */
    static ProcessEngine peer(DataSource dataSource, HistoryLevel historyLevel) {
        StandaloneProcessEngineConfiguration configuration = configuration(dataSource, "true");
        configuration.setHistoryLevel(historyLevel);
        ProcessEngine engine = configuration.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("peer");
        for (String file : new String[] {"support-application", "management-system-support",
                "conformity-certification-support", "intellectual-property-support"}) {
            deployment.addClasspathResource("processes/" + file + ".bpmn20.xml");
        }
        deployment.deploy();
        return engine;
    }

    /** On the application's schema: uses the application's deployment, changes no schema. */
    static ProcessEngine onApplicationSchema(DataSource dataSource) {
        return configuration(dataSource, "false").buildProcessEngine();
    }

    private static StandaloneProcessEngineConfiguration configuration(DataSource dataSource, String schemaUpdate) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(dataSource);
        configuration.setDatabaseType("mysql");
        configuration.setDatabaseSchemaUpdate(schemaUpdate);
        configuration.setAsyncExecutorActivate(false);
        configuration.setHistoryLevel(HistoryLevel.AUDIT);
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        configuration.setEngineName("bench-" + System.identityHashCode(dataSource));
        Map<Object, Object> beans = new HashMap<>();
        JavaDelegate noOp = execution -> { };
        beans.put("deadlines", new Deadlines());
        beans.put("commitBudget", (JavaDelegate) execution -> execution.setVariable("budgetCommitted", true));
        beans.put("awaitPayment", noOp);
        beans.put("confirmCompletionOnFile", noOp);
        beans.put("awaitCompletion", noOp);
        beans.put("lapseApplication", noOp);
        configuration.setBeans(beans);
        return configuration;
    }
}
