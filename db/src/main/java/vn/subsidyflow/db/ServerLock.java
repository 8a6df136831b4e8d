package vn.subsidyflow.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Marks a server directory as in use by this JVM, for as long as its server runs. A second
 * process that finds the lock taken refuses to start at once with a message that says so: without
 * it, its server waited forever on InnoDB's own file lock. The operating system drops the lock when
 * the JVM dies, however it dies, so a {@code kill -9} never leaves a stale lock behind.
 */
final class ServerLock implements AutoCloseable {

    static final String FILE_NAME = "server.lock";

    /**
     * Directories locked by this JVM. Checked before opening the lock file: on Linux, closing any
     * channel on a file drops every lock this JVM holds on it, so a refused second attempt from the
     * same JVM must not open (and close) the file at all.
     */
    private static final Set<Path> HELD = new HashSet<>();

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private ServerLock(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code directory} (the parent of the data directory) or fails with a clear message. */
    static ServerLock acquire(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        FileChannel channel = null;
        Path key = null;
        boolean added = false;
        try {
            Files.createDirectories(directory);
            key = directory.toRealPath();
            synchronized (HELD) {
                if (!HELD.add(key)) {
                    throw inUse(directory, "by another server of this process");
                }
                added = true;
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
                throw inUse(directory, "by another process" + (holder.isEmpty() ? "" : " (pid " + holder + ")"));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new ServerLock(key, channel, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            if (added) {
                forget(key);
            }
            if (e instanceof IllegalStateException refused) {
                throw refused;
            }
            throw new IllegalStateException("Could not lock the embedded database directory " + directory.toAbsolutePath(), e);
        }
    }

    private static IllegalStateException inUse(Path directory, String holder) {
        return new IllegalStateException("The embedded database in " + directory.toAbsolutePath()
                + " is in use " + holder + ". Stop that process first, or point subsidyflow.embedded.dir (SUBSIDYFLOW_DATA_DIR) at another directory.");
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it anyway.
        }
        closeQuietly(channel);
        forget(directory);
    }

    private static void forget(Path key) {
        if (key != null) {
            synchronized (HELD) {
                HELD.remove(key);
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing left to release.
            }
        }
    }
}
