package vn.subsidyflow.notice;

import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail sender: towards {@code SUBSIDYFLOW_SMTP_HOST} when it is set, otherwise towards an
 * {@link EmbeddedMailServer} started here, so a fresh start and every test send real mail over SMTP.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    @Bean
    @ConditionalOnExpression("'${subsidyflow.smtp.host:}'.isBlank()")
    EmbeddedMailServer embeddedMailServer(MailSettings settings) {
        if (settings.embeddedPort() == 0) {
            return EmbeddedMailServer.acquireShared(settings.embeddedKeep());
        }
        EmbeddedMailServer server = new EmbeddedMailServer(settings.embeddedPort(), settings.embeddedKeep());
        server.start();
        return server;
    }

    /** Stops the server when the context closes (the shared one with the last context that uses it). */
    @Bean
    @ConditionalOnExpression("'${subsidyflow.smtp.host:}'.isBlank()")
    DisposableBean embeddedMailServerStop(EmbeddedMailServer server, MailSettings settings) {
        return settings.embeddedPort() == 0 ? EmbeddedMailServer::releaseShared : server::stop;
    }

    @Bean
    JavaMailSender mailSender(MailSettings settings, ObjectProvider<EmbeddedMailServer> embedded) {
        EmbeddedMailServer server = settings.embedded() ? embedded.getObject() : null;
        JavaMailSenderImpl sender = server == null ? new JavaMailSenderImpl() : new JavaMailSenderImpl() {
            @Override
            protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
                super.doSend(mimeMessages, originalMessages);
                server.sent(mimeMessages.length);
            }
        };
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.smtp.connectiontimeout", String.valueOf(settings.timeoutMs()));
        properties.put("mail.smtp.timeout", String.valueOf(settings.timeoutMs()));
        properties.put("mail.smtp.writetimeout", String.valueOf(settings.timeoutMs()));
        if (server != null) {
            sender.setHost("127.0.0.1");
            sender.setPort(server.port());
        } else {
            sender.setHost(settings.host());
            sender.setPort(settings.port());
            if (settings.username() != null && !settings.username().isBlank()) {
                sender.setUsername(settings.username());
                sender.setPassword(settings.password());
                properties.put("mail.smtp.auth", "true");
                properties.put("mail.smtp.starttls.enable", "true");
            }
        }
        return sender;
    }
}
