package vn.subsidyflow.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Restores a backup taken with {@code POST /api/v1/admin/backups} into the embedded server, with the
 * application stopped (the server's directory lock makes sure of it):
 *
 * <pre>java -cp subsidyflow-web.jar -Dloader.main=vn.subsidyflow.db.RestoreBackup \
 *     org.springframework.boot.loader.launch.PropertiesLauncher data data/backups/subsidyflow-….sql [--replace]</pre>
 *
 * Arguments: the embedded directory ({@code subsidyflow.embedded.dir}, default {@code data}), the
 * backup file, and optionally the schema ({@code subsidyflow}) and {@code --replace}, which drops
 * the schema first. Without {@code --replace} a schema that holds tables is left alone and the
 * restore refused.
 */
public final class RestoreBackup {

    private RestoreBackup() {
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        boolean replace = false;
        for (String arg : args) {
            if (arg.equals("--replace")) {
                replace = true;
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() < 2 || positional.size() > 3) {
            System.err.println("Usage: RestoreBackup <embedded dir> <backup file> [schema] [--replace]");
            System.exit(2);
        }
        Path directory = Path.of(positional.get(0));
        Path file = Path.of(positional.get(1));
        String schema = positional.size() > 2 ? positional.get(2) : "subsidyflow";
        int status = 0;
        try {
            String url = EmbeddedMariaDb.acquire(directory, schema);
            if (replace) {
                try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
                    statement.execute("DROP DATABASE `" + schema + "`");
                }
            }
            ServerTools.restore(ServerTools.install(directory.resolve("backups").resolve(".tools")),
                    ServerTools.Target.of(url, null, null), file);
            System.out.println("Restored " + file + " into schema " + schema + " of the embedded database in " + directory);
        } catch (Exception e) {
            System.err.println("Restore failed: " + e.getMessage());
            status = 1;
        } finally {
            EmbeddedMariaDb.release();
        }
        System.exit(status);
    }
}
