package vn.subsidyflow.database;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mapper test: the real schema on the shared database server, each test in a transaction that
 * is rolled back, and a check after the class that it ran every statement of its mapper.
 */
@SpringBootTest(classes = MapperSlice.class)
@Transactional
@ExtendWith(StatementsRun.class)
public abstract class MapperTestSupport {
}
