package vn.subsidyflow.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a MariaDB server left running on our data directory by a JVM that died without stopping it
 * (killed with {@code kill -9}, or by the OOM killer), and stops it. Such an orphan keeps InnoDB's
 * files locked, and the next server would wait for them forever.
 *
 * <p>Only called while holding the directory's {@link ServerLock}: then no living JVM of ours owns
 * a server on it, so any server whose command line names this data directory is an orphan.
 * It is stopped as an operator would: SIGTERM (InnoDB shuts down cleanly, every committed
 * transaction is already in its log), then SIGKILL if it does not exit in time (crash recovery at
 * the next start replays the log; nothing committed is lost either way).
 */
final class OrphanServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanServer.class);
    private static final Duration GRACE = Duration.ofSeconds(60);

    private OrphanServer() {
    }

    /** Stops every server running on {@code dataDir}; returns how many there were. */
    static int stopAll(Path dataDir) {
        String wanted;
        try {
            wanted = "--datadir=" + dataDir.toFile().getCanonicalPath();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot resolve the data directory " + dataDir, e);
        }
        long self = ProcessHandle.current().pid();
        List<ProcessHandle> orphans = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self && commandLine(p.pid()).contains(wanted))
                .toList();
        for (ProcessHandle orphan : orphans) {
            stop(orphan, dataDir);
        }
        return orphans.size();
    }

    private static void stop(ProcessHandle orphan, Path dataDir) {
        long started = System.nanoTime();
        log.warn("A database server (pid {}) left behind by a process that died is still running on {}; stopping it",
                orphan.pid(), dataDir);
        orphan.destroy();
        try {
            orphan.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            log.warn("The orphaned database server (pid {}) did not stop within {} s; killing it", orphan.pid(), GRACE.toSeconds());
            orphan.destroyForcibly();
            orphan.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the orphaned database server " + orphan.pid(), e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Could not stop the orphaned database server " + orphan.pid(), e);
        }
        log.info("Orphaned database server (pid {}) stopped in {} ms", orphan.pid(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The process's arguments, one per element, or nothing when it is gone or not ours to read. */
    private static List<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return List.of(new String(raw, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
