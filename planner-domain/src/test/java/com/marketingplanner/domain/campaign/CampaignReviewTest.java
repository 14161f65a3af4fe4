package com.marketingplanner.domain.campaign;

import java.time.LocalDate;
import java.util.List;

import com.marketingplanner.domain.plan.MemberRole;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.shared.ActionNotPermittedException;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.DomainException;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignReviewTest {

	private final AppUser owner = user("owner", Role.PLANNER);

	private final AppUser approver = user("compliance", Role.APPROVER);

	private final Plan plan = activePlan();

	@Test
	void aHighRiskCampaignIsLaunchedOnlyAfterItsOwnApproval() {
		Campaign live = campaign();
		live.assessRisk(true, "celebrity live stream: advertising law");

		assertThatThrownBy(() -> live.launch(this.owner)).isInstanceOfSatisfying(BusinessRuleViolation.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("error.campaign.approval-required"));
		live.submitForReview(this.owner);
		live.approve(this.approver);
		live.launch(this.owner);

		assertThat(live.getStatus()).isEqualTo(CampaignStatus.ACTIVE);
		assertThat(live.getApprovedBy()).isSameAs(this.approver);
	}

	@Test
	void anOrdinaryCampaignIsLaunchedWithoutReview() {
		Campaign campaign = campaign();
		campaign.launch(this.owner);
		assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.ACTIVE);
	}

	@Test
	void anAuthorOfThePlanCannotApproveItsCampaignEvenAsAnApprover() {
		AppUser approvingEditor = user("lead", Role.APPROVER);
		this.plan.addMember(approvingEditor, MemberRole.EDITOR);
		Campaign live = campaign();
		live.assessRisk(true, null);
		live.submitForReview(this.owner);

		assertThatThrownBy(() -> live.approve(approvingEditor)).isInstanceOf(ActionNotPermittedException.class);
		assertThatThrownBy(() -> live.approve(user("planner", Role.PLANNER)))
			.isInstanceOf(ActionNotPermittedException.class);
		assertThat(live.getStatus()).isEqualTo(CampaignStatus.IN_REVIEW);
	}

	@Test
	void aCampaignIsLaunchedOnlyInAnActivePlan() {
		Plan draft = new Plan("Draft", this.owner, new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
		Campaign campaign = new Campaign(draft, "Spring sale", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

		assertThatThrownBy(() -> campaign.launch(this.owner)).isInstanceOfSatisfying(BusinessRuleViolation.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("error.campaign.plan-not-active"));
	}

	@Test
	void aCampaignInReviewOrApprovedIsFixedUntilReopenedAndReopeningDropsTheApproval() {
		Campaign live = campaign();
		live.assessRisk(true, null);
		live.submitForReview(this.owner);
		assertThatThrownBy(live::requireChangeable).isInstanceOf(BusinessRuleViolation.class);
		live.approve(this.approver);
		assertThatThrownBy(live::requireChangeable).isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> live.assessRisk(false, null)).isInstanceOf(BusinessRuleViolation.class);

		live.reopen(this.owner);

		live.requireChangeable();
		assertThat(live.getApprovedBy()).isNull();
		assertThatThrownBy(() -> live.launch(this.owner)).isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void returningACampaignNeedsAComment() {
		Campaign live = campaign();
		live.assessRisk(true, null);
		live.submitForReview(this.owner);
		assertThatThrownBy(() -> live.returnForChanges(this.approver, "")).isInstanceOf(BusinessRuleViolation.class);
		live.returnForChanges(this.approver, "Remove the price comparison claim");
		assertThat(live.getStatus()).isEqualTo(CampaignStatus.PLANNED);
	}

	@Test
	void offersExactlyTheMovesTheCampaignAccepts() {
		for (boolean highRisk : List.of(false, true)) {
			for (CampaignStatus status : CampaignStatus.values()) {
				for (AppUser person : List.of(this.owner, this.approver, user("outsider", Role.PLANNER))) {
					for (CampaignStatus target : CampaignStatus.values()) {
						Campaign campaign = campaignIn(status, highRisk);
						boolean offered = campaign.movesFor(this.plan.actionsFor(person)).contains(target);
						assertThat(offered)
							.as("%s moving a %s%s campaign to %s", person.getUsername(), highRisk ? "high-risk " : "",
									status, target)
							.isEqualTo(accepts(campaign, person, target));
					}
				}
			}
		}
	}

	private boolean accepts(Campaign campaign, AppUser person, CampaignStatus target) {
		try {
			switch (target) {
				case IN_REVIEW -> campaign.submitForReview(person);
				case APPROVED -> campaign.approve(person);
				case PLANNED -> {
					if (campaign.getStatus() == CampaignStatus.IN_REVIEW) {
						if (this.plan.accessFor(person).decidesAsReviewer()) {
							campaign.returnForChanges(person, "Change the claim");
						}
						else {
							campaign.withdrawFromReview(person);
						}
					}
					else {
						campaign.reopen(person);
					}
				}
				case ACTIVE -> campaign.launch(person);
				case COMPLETED -> campaign.complete(person);
				case CANCELLED -> campaign.cancel(person);
			}
			return true;
		}
		catch (DomainException ex) {
			return false;
		}
	}

	private Campaign campaignIn(CampaignStatus status, boolean highRisk) {
		Campaign campaign = campaign();
		campaign.assessRisk(highRisk, null);
		switch (status) {
			case PLANNED -> {
			}
			case IN_REVIEW -> campaign.submitForReview(this.owner);
			case APPROVED -> {
				campaign.submitForReview(this.owner);
				campaign.approve(this.approver);
			}
			case ACTIVE -> launch(campaign, highRisk);
			case COMPLETED -> {
				launch(campaign, highRisk);
				campaign.complete(this.owner);
			}
			case CANCELLED -> campaign.cancel(this.owner);
		}
		return campaign;
	}

	private void launch(Campaign campaign, boolean highRisk) {
		if (highRisk) {
			campaign.submitForReview(this.owner);
			campaign.approve(this.approver);
		}
		campaign.launch(this.owner);
	}

	private Campaign campaign() {
		return new Campaign(this.plan, "双11 直播", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11));
	}

	private Plan activePlan() {
		Plan active = new Plan("2026", this.owner, new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
		active.submitForReview(this.owner);
		active.approve(this.approver);
		active.activate(this.owner);
		return active;
	}

	private static AppUser user(String username, Role role) {
		return new AppUser(username, username, "{noop}x", role);
	}

}
