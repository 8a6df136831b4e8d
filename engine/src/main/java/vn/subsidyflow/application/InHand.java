package vn.subsidyflow.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.database.PerTransaction;

/**
 * What the current transaction has already read of its dossiers: each dossier's copy and the kinds
 * of documents it holds, by dossier id. Forgotten when the transaction ends, so a retry (or the next
 * command) reads afresh. Outside a transaction nothing is kept: every read goes to the database.
 */
final class InHand {

    private static final Object KEY = new Object() {
        @Override
        public String toString() {
            return "dossiers in hand";
        }
    };

    final Map<Long, Application> dossiers = new HashMap<>();
    final Map<Long, Set<DocumentKind>> documentKinds = new HashMap<>();

    private InHand() {
    }

    /** This transaction's, bound on first use; outside a transaction a fresh one that nobody keeps. */
    static InHand current() {
        return PerTransaction.current(KEY, InHand.class, InHand::new);
    }
}
