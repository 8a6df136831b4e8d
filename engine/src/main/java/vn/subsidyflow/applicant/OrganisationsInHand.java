package vn.subsidyflow.applicant;

import java.util.HashMap;
import java.util.Map;
import vn.subsidyflow.database.PerTransaction;

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
        return PerTransaction.current(KEY, OrganisationsInHand.class, OrganisationsInHand::new);
    }

    /** After a write to the organisation in this transaction: its next read goes to the database. */
    static void forget(long organisationId) {
        PerTransaction.ifKept(KEY, OrganisationsInHand.class).ifPresent(held -> held.byId.remove(organisationId));
    }
}
