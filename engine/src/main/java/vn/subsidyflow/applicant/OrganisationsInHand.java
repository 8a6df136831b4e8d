package vn.subsidyflow.applicant;

import java.util.HashMap;
import java.util.Map;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The organisations the current transaction has already read, by id. An organisation is the
 * applicant's own to change (contact, profile, bank account), so it is never kept beyond the
 * transaction: the next command, on this node or another, reads it afresh. Outside a transaction
 * nothing is kept.
 */
final class OrganisationsInHand {

    private static final Object KEY = new Object() {
        @Override
        public String toString() {
            return "organisations in hand";
        }
    };

    final Map<Long, Organisation> byId = new HashMap<>();

    private OrganisationsInHand() {
    }

    /** This transaction's, bound on first use; outside a transaction a fresh one that nobody keeps. */
    static OrganisationsInHand current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new OrganisationsInHand();
        }
        OrganisationsInHand held = (OrganisationsInHand) TransactionSynchronizationManager.getResource(KEY);
        if (held == null) {
            held = new OrganisationsInHand();
            TransactionSynchronizationManager.bindResource(KEY, held);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        return held;
    }

    /** After a write to the organisation in this transaction: its next read goes to the database. */
    static void forget(long organisationId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            OrganisationsInHand held = (OrganisationsInHand) TransactionSynchronizationManager.getResource(KEY);
            if (held != null) {
                held.byId.remove(organisationId);
            }
        }
    }
}
