package vn.subsidyflow.processes;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Closes the shared engine and gives the embedded MariaDB back when the test JVM's JUnit session ends. */
public class ProcessEngineShutdown implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        ProcessEngineFixture.stop();
    }
}
