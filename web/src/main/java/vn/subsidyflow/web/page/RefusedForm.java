package vn.subsidyflow.web.page;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.servlet.HandlerMapping;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;

/** A form the engine refused: which handler took it, who sent it, what they typed, and the refusal. */
public final class RefusedForm {

    private final String handler;
    private final Actor actor;
    private final DomainFailure failure;
    private final HttpServletRequest request;
    private int status;

    RefusedForm(String handler, Actor actor, DomainFailure failure, HttpServletRequest request) {
        this.handler = handler;
        this.actor = actor;
        this.failure = failure;
        this.request = request;
        this.status = failure.kind() == DomainFailure.Kind.CONFLICT ? 409 : 422;
    }

    /** True when the refused form was taken by the handler method of this name. */
    public boolean handledBy(String method) {
        return handler.equals(method);
    }

    public Actor actor() {
        return actor;
    }

    public DomainFailure failure() {
        return failure;
    }

    /** The form field as typed; null when it was not sent. */
    public String param(String name) {
        return request.getParameter(name);
    }

    /** The form field as typed; {@code ""} when it was not sent. */
    public String typed(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    public String pathVariable(String name) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables == null ? null : variables.get(name);
    }

    public HttpServletRequest request() {
        return request;
    }

    /** 409 for a conflict, 422 for any other refusal; a page whose form always answered 422 says so here. */
    public void answer(int status) {
        this.status = status;
    }

    int status() {
        return status;
    }
}
