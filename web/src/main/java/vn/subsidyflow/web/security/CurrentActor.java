package vn.subsidyflow.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.Role;

/** Turns the signed-in user into the engine's {@link Actor}, for any controller parameter of that type. */
@Component
public class CurrentActor implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        return of(SecurityContextHolder.getContext().getAuthentication(), request.getNativeRequest(HttpServletRequest.class));
    }

    public static Actor of(Authentication authentication, HttpServletRequest request) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                try {
                    roles.add(Role.valueOf(name.substring(5)));
                } catch (IllegalArgumentException ignored) {
                    // Not one of ours.
                }
            }
        }
        Long organisationId = authentication.getPrincipal() instanceof SubsidyFlowUser user ? user.getOrganisationId() : null;
        return new Actor(authentication.getName(), roles, organisationId, request == null ? null : request.getRemoteAddr());
    }
}
