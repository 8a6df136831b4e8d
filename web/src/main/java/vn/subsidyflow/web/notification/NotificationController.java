package vn.subsidyflow.web.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.notice.Notice;
import vn.subsidyflow.notice.NoticeKind;
import vn.subsidyflow.notice.NoticeStatus;
import vn.subsidyflow.notice.Notices;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.web.problem.Paging;

/** The caller's notifications, and for administrators (the URL rules admit ADMIN only) a failed notice sent again. */
@RestController
class NotificationController {

    record NotificationView(long id, NoticeKind kind, String subject, Long applicationId, Instant createdAt, Instant readAt) {
        static NotificationView of(Notice notice) {
            return new NotificationView(notice.id(), notice.kind(), notice.subject(), notice.applicationId(),
                    notice.createdAt(), notice.readAt());
        }
    }

    record NotificationPage(int page, int size, long total, long unread, List<NotificationView> items) {
    }

    record NoticeView(long id, NoticeKind kind, String recipient, String email, NoticeStatus status, int attempts,
                      String lastError, Instant createdAt, Instant sentAt) {
        static NoticeView of(Notice notice) {
            return new NoticeView(notice.id(), notice.kind(), notice.recipient(), notice.email(), notice.status(),
                    notice.attempts(), notice.lastError(), notice.createdAt(), notice.sentAt());
        }
    }

    private final Notices notices;

    NotificationController(Notices notices) {
        this.notices = notices;
    }

    /** Newest first; {@code size} up to {@link Notices#MAX_PAGE_SIZE}. */
    @GetMapping("/api/v1/notifications")
    NotificationPage mine(Actor actor, @RequestParam(defaultValue = "0") @Paging.Page int page,
                          @RequestParam(defaultValue = "20") @Paging.Size int size) {
        Notices.Page found = notices.page(actor.username(), page, size);
        return new NotificationPage(found.page(), found.size(), found.total(), notices.unreadCount(actor.username()),
                found.items().stream().map(NotificationView::of).toList());
    }

    /** Another user's notice is answered as one that does not exist: 404 NOTICE_NOT_FOUND. */
    @PostMapping("/api/v1/notifications/{id}/read")
    NotificationView read(Actor actor, @PathVariable long id) {
        return NotificationView.of(notices.markRead(actor.username(), id));
    }

    @PostMapping("/api/v1/notices/{id}/resend")
    NoticeView resend(Actor actor, @PathVariable long id) {
        return NoticeView.of(notices.resend(actor, id));
    }
}
