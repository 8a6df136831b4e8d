package vn.subsidyflow.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Service;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.UserAccount;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.review.Inbox;
import vn.subsidyflow.review.InboxFilter;
import vn.subsidyflow.review.OpenTask;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.Role;

/**
 * Each working morning, one mail per staff member listing their overdue and due-soon tasks (from the
 * inbox read model), if they have any and an address to mail. Once per day however many nodes run it: the day's row in
 * {@code notice_digest} is inserted by one of them, in the transaction that writes the notices.
 */
@Service
@ConditionalOnProperty(name = "subsidyflow.notices.worker-enabled", havingValue = "true", matchIfMissing = true)
public class StaffDigest implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(StaffDigest.class);
    private static final Role[] STAFF_WITH_TASKS = {Role.INTAKE, Role.REVIEWER, Role.APPROVER, Role.FINANCE};

    private final Notices notices;
    private final NoticeMapper mapper;
    private final Inbox inbox;
    private final Accounts accounts;
    private final WorkingDayCalendar calendar;
    private final Transactions transactions;
    private final Clock clock;
    private final NoticeSettings settings;

    StaffDigest(Notices notices, NoticeMapper mapper, Inbox inbox, Accounts accounts, WorkingDayCalendar calendar,
                Transactions transactions, Clock clock, NoticeSettings settings) {
        this.notices = notices;
        this.mapper = mapper;
        this.inbox = inbox;
        this.accounts = accounts;
        this.calendar = calendar;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        String cron = "0 " + settings.digestAt().getMinute() + " " + settings.digestAt().getHour() + " * * *";
        registrar.addCronTask(new CronTask(this::sendToday, new CronTrigger(cron, WorkingDayCalendar.ZONE)));
    }

    void sendToday() {
        try {
            int sent = send(calendar.today());
            log.info("Staff digest: {} mails written", sent);
        } catch (RuntimeException e) {
            log.warn("The staff digest failed: {}", e.getMessage());
        }
    }

    /**
     * Writes the day's digests, unless the day is not a working day or the digest of the day was
     * already written (by this node or another). Returns how many staff members get one.
     */
    public int send(LocalDate day) {
        if (!calendar.isWorkingDay(day)) {
            return 0;
        }
        return transactions.inTransaction(() -> {
            if (mapper.claimDigestDay(day) == 0) {
                return 0;
            }
            Instant now = clock.instant();
            Instant dueSoonEnd = calendar.addWorkingDays(day, settings.digestDueSoonDays()).plusDays(1)
                    .atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
            int written = 0;
            for (Recipient recipient : notices.staffWith(STAFF_WITH_TASKS)) {
                // The digest is a mail: the inbox page already shows the tasks to whoever has no address.
                UserAccount account = accounts.user(recipient.username()).orElse(null);
                if (account == null || recipient.email() == null || recipient.email().isBlank()) {
                    continue;
                }
                Actor actor = new Actor(account.username(), account.roles(), null, null);
                List<OpenTask> overdue = inbox.tasks(actor, window(null, now));
                List<OpenTask> dueSoon = inbox.tasks(actor, window(now, dueSoonEnd));
                if (overdue.isEmpty() && dueSoon.isEmpty()) {
                    continue;
                }
                Map<String, Object> model = new HashMap<>();
                model.put("day", day);
                model.put("overdue", overdue);
                model.put("dueSoon", dueSoon);
                notices.enqueue(NoticeKind.STAFF_DIGEST, List.of(recipient), null, null, model);
                written++;
            }
            return written;
        });
    }

    private static InboxFilter window(Instant from, Instant before) {
        return new InboxFilter(null, null, null, false, from, before, InboxFilter.Order.DUE, 0, InboxFilter.MAX_LIMIT);
    }
}
