package vn.subsidyflow.review;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.subsidyflow.applicant.AccountDisabled;
import vn.subsidyflow.shared.Actor;

/**
 * A disabled account's claimed tasks go back to their queue in the transaction that disables it,
 * so no dossier waits on someone who can no longer sign in.
 */
@Component
class ClaimsReleased {

    private final Inbox inbox;
    private final TaskEngine tasks;

    ClaimsReleased(Inbox inbox, TaskEngine tasks) {
        this.inbox = inbox;
        this.tasks = tasks;
    }

    @EventListener
    void on(AccountDisabled disabled) {
        // No groups: only the tasks assigned to the account itself.
        Actor holder = new Actor(disabled.username(), Set.of(), null, null);
        InboxFilter mine = new InboxFilter(null, null, null, true, 0, 200);
        Set<String> released = new HashSet<>();
        while (true) {
            // A task seen twice means the read model did not move: stop rather than loop.
            List<OpenTask> left = inbox.tasks(holder, mine).stream().filter(task -> !released.contains(task.taskId())).toList();
            if (left.isEmpty()) {
                return;
            }
            left.forEach(task -> {
                tasks.unclaim(task.taskId());
                released.add(task.taskId());
            });
        }
    }
}
