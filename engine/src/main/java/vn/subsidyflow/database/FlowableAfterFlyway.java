package vn.subsidyflow.database;

import java.util.Set;
import org.flowable.engine.ProcessEngine;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for Flyway. Flowable creates its ACT_* tables at start; if it ran
 * first, Flyway would find a non-empty schema without history and refuse to migrate.
 * Registered in {@code META-INF/spring.factories}.
 */
public class FlowableAfterFlyway extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class, SpringProcessEngineConfiguration.class);
    }
}
