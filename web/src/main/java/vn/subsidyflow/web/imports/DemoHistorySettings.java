package vn.subsidyflow.web.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param historyFile the history file the demo start imports (default
 *                    {@code docs/examples/history-2021-2025.csv}, relative to the working directory;
 *                    empty: none)
 */
@ConfigurationProperties("subsidyflow.demo")
record DemoHistorySettings(@DefaultValue("docs/examples/history-2021-2025.csv") String historyFile) {
}
