package vn.subsidyflow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CPU seconds (user + system) of the run's processes — the bench JVM (which also runs the peer), the
 * application JVM and the database server — from {@code /proc/<pid>/stat}. Throughput alone does not
 * say who paid for it: on a shared 2-core machine a side can look fast because the other processes
 * were idle, or slow because a scheduled job ran at the same time. CPU per process makes that visible.
 */
final class ProcessCpu {

    /** Clock ticks per second of the stat file's times ({@code getconf CLK_TCK}; 100 on Linux unless told otherwise). */
    private static final double TICKS = ticksPerSecond();

    private final Map<String, Long> pids = new LinkedHashMap<>();

    ProcessCpu(long benchPid, long appPid, Optional<Long> databasePid) {
        pids.put("bench", benchPid);
        pids.put("app", appPid);
        databasePid.ifPresent(pid -> pids.put("db", pid));
    }

    /** CPU seconds each process has used since it started (a gone process counts NaN). */
    Map<String, Double> now() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((name, pid) -> seconds.put(name, cpuSeconds(pid)));
        return seconds;
    }

    /** What each process used between two readings. */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((name, seconds) -> used.put(name, seconds - before.getOrDefault(name, Double.NaN)));
        return used;
    }

    /** utime + stime of a process, in seconds. */
    static double cpuSeconds(long pid) {
        try {
            return parseStat(Files.readString(Path.of("/proc", String.valueOf(pid), "stat"), StandardCharsets.US_ASCII)) / TICKS;
        } catch (IOException gone) {
            return Double.NaN;
        }
    }

    /**
     * utime + stime in clock ticks from one {@code /proc/<pid>/stat} line. The command name (field 2)
     * is in parentheses and may itself hold spaces or parentheses, so fields are counted from the last
     * ')': the state is field 3, utime field 14, stime field 15.
     */
    static long parseStat(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3]);
    }

    /**
     * The embedded server's process: its pid file in the data directory (ServerSettings names it),
     * else the application's descendant whose command is the server's. Empty for an external server.
     */
    static Optional<Long> embeddedServer(Path embeddedDir, ProcessHandle app) {
        Path pidFile = embeddedDir.resolve("data").resolve("mariadbd.pid");
        try {
            if (Files.isRegularFile(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    return Optional.of(pid);
                }
            }
        } catch (IOException | NumberFormatException unreadable) {
            // fall back to the process tree
        }
        return app.descendants().filter(h -> h.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
                .map(ProcessHandle::pid).findFirst();
    }

    private static double ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return getconf.waitFor() == 0 ? Double.parseDouble(out) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
