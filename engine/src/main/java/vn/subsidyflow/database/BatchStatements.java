package vn.subsidyflow.database;

import java.util.function.Consumer;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs many single-row statements of a mapper as JDBC batches (MyBatis {@link ExecutorType#BATCH}),
 * inside the caller's transaction, on its connection: with Connector/J's
 * {@code rewriteBatchedStatements} a batch of INSERTs goes to the server as multi-row INSERTs, a
 * few round trips per thousand rows. For bulk writes (the history import); a command's ordinary
 * statements keep the session Spring gives each mapper.
 * <p>
 * The batch session is MyBatis's own, opened with the Spring-managed transaction factory, so it
 * takes the connection bound to the running transaction and neither commits nor closes it: what it
 * writes commits or rolls back with the command.
 */
@Component
public class BatchStatements {

    private final SqlSessionFactory sessions;

    BatchStatements(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Calls {@code statements} with a batching mapper of this type, then sends what is left of the batch. */
    public <M> void run(Class<M> mapper, Consumer<M> statements) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Batch statements run only inside a command's transaction");
        }
        try (SqlSession batch = sessions.openSession(ExecutorType.BATCH)) {
            statements.accept(batch.getMapper(mapper));
            batch.flushStatements();
        }
    }
}
