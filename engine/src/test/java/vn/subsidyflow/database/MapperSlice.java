package vn.subsidyflow.database;

import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The smallest context in which a mapper statement runs as in production: the engine's own data
 * source (the shared embedded MariaDB, or the server named by {@code SUBSIDYFLOW_DB_URL}), the
 * Flyway migrations, and MyBatis with the engine's settings. No process engine and no web layer, so
 * it starts in a few seconds and a statement's test fails only because of the statement.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
        FlywayAutoConfiguration.class, MybatisAutoConfiguration.class})
@Import({DatabaseConfiguration.class, MyBatisSettings.class, Rows.class})
@MapperScan(basePackages = "vn.subsidyflow", annotationClass = Mapper.class)
public class MapperSlice {

    @Bean
    StatementsRun.Recorder statementsRun() {
        return new StatementsRun.Recorder();
    }
}
