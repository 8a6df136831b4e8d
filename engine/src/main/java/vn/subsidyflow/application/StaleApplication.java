package vn.subsidyflow.application;

import org.springframework.dao.OptimisticLockingFailureException;

/** Someone else changed the dossier since it was read; the whole command is retried on fresh state. */
class StaleApplication extends OptimisticLockingFailureException {

    StaleApplication(long id) {
        super("Dossier " + id + " was changed concurrently");
    }
}
