package vn.subsidyflow.database;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one node of the cluster at a time: the job's named row in {@code shedlock}
 * is taken first, and a node that finds it held skips its turn. The lock is taken and released in
 * its own short transaction (ShedLock's), never inside the job's, so a job that rolls back still
 * releases it. Times come from the database's UTC clock, so nodes with drifting clocks agree.
 * <p>
 * {@code atLeastFor} keeps the row held after a quick run, so the other nodes' ticks of the same
 * interval find it held: one run per interval for the cluster, not one per node. {@code atMostFor}
 * frees the job if the node holding it dies mid-run.
 */
@Component
public class OncePerCluster {

    private final LockingTaskExecutor executor;

    public OncePerCluster(DataSource dataSource) {
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build()));
    }

    /** Runs {@code job} here unless another node holds {@code name}; returns whether it ran here. */
    public boolean run(String name, Duration atMostFor, Duration atLeastFor, Runnable job) {
        AtomicBoolean ran = new AtomicBoolean();
        executor.executeWithLock((Runnable) () -> {
            ran.set(true);
            job.run();
        }, new LockConfiguration(Instant.now(), name, atMostFor, atLeastFor));
        return ran.get();
    }
}
