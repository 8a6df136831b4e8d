package vn.subsidyflow.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The account the application signs in to its embedded server with. The server runs with its grant
 * tables on, so nobody else on the machine can read or rewrite the ledger or drop its triggers
 * through it. The password is generated once per data directory and kept in a file inside it that
 * only its owner can read; a data directory from before this account existed gets one at its next
 * start.
 *
 * @param user     the account name (host 127.0.0.1: the server listens there only)
 * @param password the generated password
 */
public record Credentials(String user, String password) {

    static final String USER = "subsidyflow";
    static final String PASSWORD_FILE = ".subsidyflow-password";
    /** SQL the server runs at every start (--init-file): keeps the account in step with the password file. */
    static final String INIT_FILE = ".subsidyflow-init.sql";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final java.util.regex.Pattern GENERATED = java.util.regex.Pattern.compile("[A-Za-z0-9]{16,64}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=****]";
    }

    /** The credentials of the server whose data lies in {@code dataDir}, reading its password file. */
    public static Credentials of(Path dataDir) {
        try {
            String password = Files.readString(dataDir.resolve(PASSWORD_FILE), StandardCharsets.UTF_8).trim();
            // It is written into SQL (the init file) and URLs: letters and digits only, as generated.
            if (!GENERATED.matcher(password).matches()) {
                throw new IllegalStateException("The database password in " + dataDir.resolve(PASSWORD_FILE)
                        + " is not one we generated (16 to 64 letters and digits); delete the file to have a new one generated");
            }
            return new Credentials(USER, password);
        } catch (IOException e) {
            throw new IllegalStateException("No readable database password in " + dataDir.resolve(PASSWORD_FILE)
                    + "; it is created when the application first starts its embedded database there", e);
        }
    }

    /**
     * Makes sure {@code dataDir} holds a password file and the matching init file (both readable by
     * the owner only), generating the password if there is none yet.
     */
    static Credentials ensure(Path dataDir) throws IOException {
        Path passwordFile = dataDir.resolve(PASSWORD_FILE);
        if (!Files.exists(passwordFile)) {
            writeOwnerOnly(passwordFile, generate());
        }
        Files.setPosixFilePermissions(passwordFile, OWNER_ONLY);
        Credentials credentials = of(dataDir);
        writeOwnerOnly(dataDir.resolve(INIT_FILE), initSql(credentials.password()));
        return credentials;
    }

    /**
     * The account (created or reset to the password on file), and no anonymous accounts. The
     * installer's root@localhost is left as it is: it accepts only the operating system's root
     * user over the Unix socket (unix_socket authentication), never a sign-in over TCP.
     */
    static String initSql(String password) {
        String account = "'" + USER + "'@'127.0.0.1'";
        return "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "';\n"
                + "ALTER USER " + account + " IDENTIFIED BY '" + password + "';\n"
                + "GRANT ALL PRIVILEGES ON *.* TO " + account + ";\n"
                // The installer's anonymous accounts (''@localhost, ''@<host name>), whatever the host is called.
                + "DELETE FROM mysql.global_priv WHERE User = '';\n"
                + "FLUSH PRIVILEGES;\n";
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** Writes through a file created owner-only from the start, so the secret is never readable by others. */
    private static void writeOwnerOnly(Path target, String content) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            throw new IOException("Could not create " + temporary, e);
        }
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
