package com.marketingplanner.web.membership;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import jakarta.validation.Valid;

import com.marketingplanner.domain.plan.MemberCommand;
import com.marketingplanner.domain.plan.MemberRoleCommand;
import com.marketingplanner.domain.plan.OwnerCommand;
import com.marketingplanner.domain.plan.PlanMember;
import com.marketingplanner.domain.plan.PlanMembership;
import com.marketingplanner.domain.plan.VisibilityCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

@RestController
@RequestMapping("/api/v1/plans/{planId}")
@Tag(name = "Plan membership",
		description = "Owner, editors and viewers of a plan and who may read it; changed by the owner or an administrator")
class MembershipApiController {

	private final PlanMembership membership;

	MembershipApiController(PlanMembership membership) {
		this.membership = membership;
	}

	@GetMapping("/members")
	@Operation(summary = "The plan's owner, visibility, editors and viewers")
	MembersResponse members(@PathVariable long planId) {
		return MembersResponse.from(this.membership.plan(planId));
	}

	@GetMapping("/members/{username}")
	@Operation(summary = "One editor or viewer of the plan")
	MemberResponse member(@PathVariable long planId, @PathVariable String username) {
		return MemberResponse.from(this.membership.member(planId, username));
	}

	@PostMapping("/members")
	@Operation(summary = "Add an editor or viewer (editors need a planner account or higher)")
	ResponseEntity<MemberResponse> add(@PathVariable long planId, @Valid @RequestBody MemberCommand command,
			Principal principal) {
		PlanMember member = this.membership.add(planId, command, principal.getName());
		String username = UriUtils.encodePathSegment(member.getUser().getUsername(), StandardCharsets.UTF_8);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/members/" + username))
			.body(MemberResponse.from(member));
	}

	@PutMapping("/members/{username}")
	@Operation(summary = "Give a member another role; send the membership's version (409 when stale)")
	MemberResponse changeRole(@PathVariable long planId, @PathVariable String username,
			@Valid @RequestBody MemberRoleCommand command, Principal principal) {
		return MemberResponse.from(this.membership.changeRole(planId, username, command, principal.getName()));
	}

	@DeleteMapping("/members/{username}")
	@Operation(summary = "Remove an editor or viewer; send the membership's version")
	ResponseEntity<Void> remove(@PathVariable long planId, @PathVariable String username, @RequestParam long version,
			Principal principal) {
		this.membership.remove(planId, username, version, principal.getName());
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/owner")
	@Operation(summary = "Hand the plan to another owner (the previous owner stays an editor); send the plan's version")
	MembersResponse transfer(@PathVariable long planId, @Valid @RequestBody OwnerCommand command, Principal principal) {
		return MembersResponse.from(this.membership.transferOwnership(planId, command, principal.getName()));
	}

	@PutMapping("/visibility")
	@Operation(summary = "Open the plan to the organisation or restrict it to its members; send the plan's version")
	MembersResponse visibility(@PathVariable long planId, @Valid @RequestBody VisibilityCommand command,
			Principal principal) {
		return MembersResponse.from(this.membership.restrict(planId, command, principal.getName()));
	}

}
