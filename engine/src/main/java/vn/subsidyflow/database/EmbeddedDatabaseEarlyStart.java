package vn.subsidyflow.database;

import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.util.StringUtils;
import vn.subsidyflow.db.EmbeddedMariaDb;

/**
 * Starts the embedded MariaDB as soon as the configuration is known (before the context refreshes),
 * so the server starts alongside the Spring context rather than in the middle of it: the
 * {@code dataSource} bean then finds it ready. Nothing happens when {@code subsidyflow.db.url}
 * names an external server. Registered in {@code META-INF/spring.factories}.
 */
class EmbeddedDatabaseEarlyStart implements ApplicationListener<ApplicationPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        // Read through the same records the data source uses, so names and defaults live in one place.
        Binder binder = Binder.get(event.getApplicationContext().getEnvironment());
        if (StringUtils.hasText(binder.bindOrCreate("subsidyflow.db", DatabaseSettings.class).url())) {
            return;
        }
        EmbeddedMariaDb.startInBackground(Path.of(binder.bindOrCreate("subsidyflow.embedded", EmbeddedDatabaseSettings.class).dir()));
    }
}
