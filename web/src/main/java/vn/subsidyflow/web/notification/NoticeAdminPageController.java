package vn.subsidyflow.web.notification;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.subsidyflow.notice.EmbeddedMailServer;
import vn.subsidyflow.notice.Notices;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.page.PageController;
import vn.subsidyflow.web.problem.Paging;

/**
 * For administrators (the URL rules admit ADMIN only): the notices whose mail failed, each with a
 * button to send it again; and what the embedded SMTP server received, when it runs.
 */
@PageController
class NoticeAdminPageController {

    private static final int PAGE_SIZE = 50;

    private final Notices notices;
    private final ObjectProvider<EmbeddedMailServer> mailServer;

    NoticeAdminPageController(Notices notices, ObjectProvider<EmbeddedMailServer> mailServer) {
        this.notices = notices;
        this.mailServer = mailServer;
    }

    @GetMapping("/admin/notices")
    String failed(@RequestParam(defaultValue = "0") @Paging.Page int page, Model model) {
        model.addAttribute("failed", notices.failed(page, PAGE_SIZE));
        return "notification/failed";
    }

    @PostMapping("/admin/notices/{id}/resend")
    String resend(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        notices.resend(actor, id);
        redirect.addFlashAttribute("notice", "notice.noticeResent");
        return "redirect:/admin/notices";
    }

    @GetMapping("/admin/mail")
    String mail(Model model) throws MessagingException {
        EmbeddedMailServer server = mailServer.getIfAvailable();
        model.addAttribute("embedded", server != null);
        model.addAttribute("messages", server == null ? List.of() : ReceivedMail.newestFirst(server.kept()));
        return "notification/mail";
    }

    @GetMapping("/admin/mail/{index}")
    String message(@PathVariable long index, Model model) throws MessagingException, IOException {
        EmbeddedMailServer server = mailServer.getIfAvailable();
        EmbeddedMailServer.Kept kept = server == null ? new EmbeddedMailServer.Kept(0, List.of()) : server.kept();
        // A message's number stays while it is kept; an old one may have been let go since the list was shown.
        long position = index - kept.firstNumber();
        if (position < 0 || position >= kept.messages().size()) {
            throw new DomainFailure(FailureCode.NOTICE_NOT_FOUND, "No received message " + index + " is kept");
        }
        model.addAttribute("message", ReceivedMail.read(index, kept.messages().get((int) position)));
        return "notification/message";
    }
}
