package vn.subsidyflow.web.paper;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.subsidyflow.paper.Paper;
import vn.subsidyflow.paper.Papers;
import vn.subsidyflow.web.security.CurrentActor;

/**
 * The papers of the dossier a page shows, for the fragment {@code paper/papers :: list} that the
 * applicant's and the staff's dossier pages include ({@code ${@paperList.of(dossier.id)}}): read as the
 * signed-in user, so a page shows what the API would, and the dossier pages need no code of their own.
 */
@Component("paperList")
public class PaperList {

    private final Papers papers;

    PaperList(Papers papers) {
        this.papers = papers;
    }

    public List<Paper> of(long applicationId) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return papers.papers(CurrentActor.of(SecurityContextHolder.getContext().getAuthentication(), request), applicationId);
    }
}
