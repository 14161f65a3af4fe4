package com.marketingplanner.web.membership;

import java.util.Optional;
import java.util.function.Supplier;

import com.marketingplanner.domain.plan.PlanActions;
import com.marketingplanner.domain.plan.PlanPermissions;
import com.marketingplanner.domain.user.Role;
import com.marketingplanner.web.api.ExplainedDenial;
import com.marketingplanner.web.security.SignedIn;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Guards every request addressed to one plan ({@code /plans/{id}/…},
 * {@code /api/v1/plans/{id}/…}) by the person's membership of that plan (ADR 0070): who
 * reads, comments, edits, moves it along its life cycle, manages it. Requests to a plan
 * that does not exist are judged by account role only, so that they reach the controller
 * and get their 404. Requests that name no plan are left to the other rules.
 */
@Component
public class PlanAccessAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

	/** The page a refused browser request shows, with the reason of the refusal. */
	public static final String DENIED_PAGE = AccessDeniedPageController.PATH;

	/** Matches the requests this manager judges. */
	public static final RequestMatcher PLAN_REQUESTS = (request) -> PlanRequest.of(request).isPresent();

	private final PlanPermissions permissions;

	PlanAccessAuthorization(PlanPermissions permissions) {
		this.permissions = permissions;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication who = authentication.get();
		Optional<PlanRequest> request = PlanRequest.of(context.getRequest());
		if (!SignedIn.person(who) || request.isEmpty()) {
			return new AuthorizationDecision(false);
		}
		PlanAction action = request.get().action();
		Optional<PlanActions> actions = this.permissions.of(request.get().planId(), who.getName());
		if (actions.isEmpty()) {
			return new AuthorizationDecision(action.allowedBy(accountRole(who)));
		}
		return action.allowedBy(actions.get().access()) ? new AuthorizationDecision(true)
				: new PlanAccessDenied(action);
	}

	/** A denial that names what the person could not do with the plan. */
	static final class PlanAccessDenied extends AuthorizationDecision implements ExplainedDenial {

		private final PlanAction action;

		PlanAccessDenied(PlanAction action) {
			super(false);
			this.action = action;
		}

		@Override
		public String messageKey() {
			return "error.plan.not-permitted." + this.action;
		}

	}

	private static Role accountRole(Authentication who) {
		return who.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith("ROLE_"))
			.map((authority) -> {
				try {
					return Role.valueOf(authority.substring(5));
				}
				catch (IllegalArgumentException ex) {
					return Role.VIEWER;
				}
			})
			.max(Enum::compareTo)
			.orElse(Role.VIEWER);
	}

}
