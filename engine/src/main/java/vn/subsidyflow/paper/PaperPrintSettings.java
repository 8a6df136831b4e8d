package vn.subsidyflow.paper;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How papers are printed after their change commits ({@code subsidyflow.papers.print.*}): by how many
 * background threads, and how many papers may wait for one. A paper not printed in the background
 * (none of these threads, a full queue, a restart) is printed by its first reader instead, so these
 * only move the work of printing, never decide whether a paper can be read.
 */
@ConfigurationProperties("subsidyflow.papers.print")
public record PaperPrintSettings(@DefaultValue("1") int threads, @DefaultValue("10000") int queue) {

    public PaperPrintSettings {
        if (threads < 0 || threads > 16) {
            throw new IllegalArgumentException("subsidyflow.papers.print.threads must be between 0 and 16");
        }
        if (queue < 1 || queue > 1_000_000) {
            throw new IllegalArgumentException("subsidyflow.papers.print.queue must be between 1 and 1000000");
        }
    }
}
