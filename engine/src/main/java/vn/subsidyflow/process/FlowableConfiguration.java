package vn.subsidyflow.process;

import java.util.ArrayList;
import java.util.List;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the inbox projector with the process engine. */
@Configuration(proxyBeanMethods = false)
class FlowableConfiguration {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> subsidyFlowEngineConfigurer(InboxProjector projector) {
        return configuration -> {
            List<FlowableEventListener> listeners = new ArrayList<>();
            if (configuration.getEventListeners() != null) {
                listeners.addAll(configuration.getEventListeners());
            }
            listeners.add(projector);
            configuration.setEventListeners(listeners);
        };
    }
}
