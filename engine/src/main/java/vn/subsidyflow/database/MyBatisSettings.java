package vn.subsidyflow.database;

import org.apache.ibatis.session.LocalCacheScope;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** MyBatis settings in one place, whichever application embeds the engine. */
@Configuration(proxyBeanMethods = false)
class MyBatisSettings {

    @Bean
    ConfigurationCustomizer subsidyFlowMyBatisSettings() {
        return configuration -> {
            configuration.setMapUnderscoreToCamelCase(true);
            configuration.setArgNameBasedConstructorAutoMapping(true);
            // A command re-reads what a Flowable delegate just wrote in the same transaction:
            // a session-wide first-level cache would hand back the stale copy.
            configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
            configuration.setDefaultStatementTimeout(30);
        };
    }
}
