package com.marketingplanner.domain.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.marketingplanner.domain.shared.ActionNotPermittedException;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanTest {

	private static final DateRange PERIOD = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

	private final AppUser owner = user("owner", Role.PLANNER);

	private final AppUser approver = user("approver", Role.APPROVER);

	private Plan plan() {
		return new Plan("2026 plan", this.owner, PERIOD);
	}

	private Plan approved() {
		Plan plan = plan();
		plan.submitForReview(this.owner);
		plan.approve(this.approver);
		return plan;
	}

	private static AppUser user(String username, Role role) {
		return new AppUser(username, username, "{noop}x", role);
	}

	@Test
	void walksTheWholeLifeCycle() {
		Plan plan = plan();
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
		plan.submitForReview(this.owner);
		plan.approve(this.approver);
		plan.activate(this.owner);
		plan.close(this.owner);
		plan.archive(this.owner);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.ARCHIVED);
		assertThat(plan.getApprovedBy()).isSameAs(this.approver);
	}

	@Test
	void anAuthorWithdrawsAPlanFromReview() {
		Plan plan = plan();
		plan.submitForReview(this.owner);
		plan.withdrawFromReview(this.owner);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void anApproverReturnsAPlanOnlyWithAComment() {
		Plan plan = plan();
		plan.submitForReview(this.owner);
		assertThatThrownBy(() -> plan.returnForChanges(this.approver, " "))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("comment"));
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.IN_REVIEW);
		plan.returnForChanges(this.approver, "Budget for Douyin exceeds the 28% cap");
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void theOwnerCannotApproveTheirOwnPlanEvenAsAnApprover() {
		AppUser approvingOwner = user("lead", Role.APPROVER);
		Plan plan = new Plan("Own plan", approvingOwner, PERIOD);
		plan.submitForReview(approvingOwner);
		assertThatThrownBy(() -> plan.approve(approvingOwner)).isInstanceOf(ActionNotPermittedException.class);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.IN_REVIEW);
	}

	@Test
	void anEditorWhoIsAnApproverCannotApproveEither() {
		Plan plan = plan();
		plan.addMember(this.approver, MemberRole.EDITOR);
		plan.submitForReview(this.owner);
		assertThatThrownBy(() -> plan.approve(this.approver)).isInstanceOf(ActionNotPermittedException.class);
		assertThatThrownBy(() -> plan.returnForChanges(this.approver, "no"))
			.isInstanceOf(ActionNotPermittedException.class);
	}

	@Test
	void thePersonWhoSubmittedCannotApproveAfterLeavingThePlan() {
		Plan plan = plan();
		plan.addMember(this.approver, MemberRole.EDITOR);
		plan.submitForReview(this.approver);
		plan.removeMember(this.approver);
		assertThatThrownBy(() -> plan.approve(this.approver)).isInstanceOf(ActionNotPermittedException.class);
	}

	@Test
	void aPlannerCannotApproveAndAnAdministratorWhoDidNotWriteItCan() {
		Plan plan = plan();
		plan.submitForReview(this.owner);
		assertThatThrownBy(() -> plan.approve(user("colleague", Role.PLANNER)))
			.isInstanceOf(ActionNotPermittedException.class);
		plan.approve(user("root", Role.ADMIN));
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.APPROVED);
	}

	@Test
	void onlyAuthorsSubmitAndActivate() {
		Plan plan = plan();
		AppUser outsider = user("outsider", Role.PLANNER);
		assertThatThrownBy(() -> plan.submitForReview(outsider)).isInstanceOf(ActionNotPermittedException.class);
		plan.addMember(outsider, MemberRole.VIEWER);
		assertThatThrownBy(() -> plan.submitForReview(outsider)).isInstanceOf(ActionNotPermittedException.class);
		plan.changeMemberRole(outsider, MemberRole.EDITOR);
		plan.submitForReview(outsider);
		assertThat(plan.getSubmittedBy()).isSameAs(outsider);
	}

	@Test
	void refusesToSkipApproval() {
		Plan plan = plan();
		assertThatThrownBy(() -> plan.activate(this.owner)).isInstanceOf(BusinessRuleViolation.class)
			.hasMessageContaining("DRAFT")
			.hasMessageContaining("ACTIVE");
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void anActivePlanIsClosedBeforeItIsArchived() {
		Plan plan = approved();
		plan.activate(this.owner);
		assertThatThrownBy(() -> plan.archive(this.owner)).isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void anApprovedPlanIsChangedOnlyThroughANewRevision() {
		Plan plan = approved();
		assertThatThrownBy(plan::requireEditable).isInstanceOfSatisfying(BusinessRuleViolation.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("error.plan.content-frozen"));
		plan.activate(this.owner);
		plan.startRevision(this.owner);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
		assertThat(plan.getRevision()).isEqualTo(2);
		assertThat(plan.getApprovedBy()).isNull();
		plan.requireEditable();
	}

	@Test
	void aDraftCannotStartARevision() {
		Plan plan = plan();
		assertThatThrownBy(() -> plan.startRevision(this.owner)).isInstanceOf(BusinessRuleViolation.class);
		assertThat(plan.getRevision()).isEqualTo(1);
	}

	@Test
	void aPlanInReviewIsFrozenButTakesExecutionRecords() {
		Plan plan = plan();
		plan.submitForReview(this.owner);
		assertThatThrownBy(plan::requireEditable).isInstanceOf(BusinessRuleViolation.class);
		plan.requireOpen();
	}

	@Test
	void onlyTheOwnerOrAnAdministratorClosesAndArchives() {
		Plan plan = approved();
		AppUser editor = user("editor", Role.PLANNER);
		plan.addMember(editor, MemberRole.EDITOR);
		plan.activate(editor);
		assertThatThrownBy(() -> plan.close(editor)).isInstanceOf(ActionNotPermittedException.class);
		plan.close(user("root", Role.ADMIN));
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.CLOSED);
	}

	@Test
	void anApprovedPlanCannotBeDeleted() {
		Plan plan = approved();
		assertThatThrownBy(() -> plan.requireDeletable(this.owner)).isInstanceOf(BusinessRuleViolation.class);
		plan.activate(this.owner);
		plan.startRevision(this.owner);
		assertThatThrownBy(() -> plan.requireDeletable(this.owner)).isInstanceOf(BusinessRuleViolation.class);
		plan().requireDeletable(this.owner);
	}

	@ParameterizedTest
	@EnumSource(value = PlanStatus.class, names = { "CLOSED", "ARCHIVED" })
	void closedAndArchivedPlansAreReadOnly(PlanStatus status) {
		assertThat(status.isOpen()).isFalse();
		assertThat(status.allowsContentChanges()).isFalse();
	}

	@Test
	void anArchivedPlanGoesNowhere() {
		assertThat(PlanStatus.ARCHIVED.next()).isEmpty();
	}

	@Test
	void aViewerAccountCanOnlyBeAViewerOfAPlan() {
		Plan plan = plan();
		AppUser reader = user("reader", Role.VIEWER);
		assertThatThrownBy(() -> plan.addMember(reader, MemberRole.EDITOR))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("role"));
		plan.addMember(reader, MemberRole.VIEWER);
		assertThat(plan.membershipOf(reader)).isEqualTo(MemberRole.VIEWER);
	}

	@Test
	void ownershipIsTransferredNotGranted() {
		Plan plan = plan();
		AppUser next = user("next", Role.PLANNER);
		assertThatThrownBy(() -> plan.addMember(next, MemberRole.OWNER)).isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> plan.addMember(this.owner, MemberRole.EDITOR))
			.isInstanceOf(BusinessRuleViolation.class);
		plan.addMember(next, MemberRole.VIEWER);
		plan.transferOwnership(next);
		assertThat(plan.getOwner()).isSameAs(next);
		assertThat(plan.membershipOf(next)).isEqualTo(MemberRole.OWNER);
		assertThat(plan.membershipOf(this.owner)).isEqualTo(MemberRole.EDITOR);
		assertThatThrownBy(() -> plan.transferOwnership(user("reader", Role.VIEWER)))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aMemberIsAddedOnce() {
		Plan plan = plan();
		AppUser editor = user("editor", Role.PLANNER);
		plan.addMember(editor, MemberRole.EDITOR);
		assertThatThrownBy(() -> plan.addMember(editor, MemberRole.VIEWER)).isInstanceOf(BusinessRuleViolation.class);
		assertThat(plan.getMembers()).hasSize(1);
	}

	@Test
	void aPlanForMembersIsReadByMembersApproversAndAdministratorsOnly() {
		Plan plan = plan();
		plan.restrictTo(PlanVisibility.MEMBERS);
		AppUser reader = user("reader", Role.VIEWER);
		assertThat(plan.accessFor(reader).canRead()).isFalse();
		assertThat(plan.accessFor(user("colleague", Role.PLANNER)).canRead()).isFalse();
		assertThat(plan.accessFor(this.approver).canRead()).isTrue();
		assertThat(plan.accessFor(user("root", Role.ADMIN)).canRead()).isTrue();
		plan.addMember(reader, MemberRole.VIEWER);
		assertThat(plan.accessFor(reader).canRead()).isTrue();
		assertThat(plan.accessFor(reader).canEdit()).isFalse();
		plan.restrictTo(PlanVisibility.ORGANISATION);
		assertThat(plan.accessFor(user("colleague", Role.PLANNER)).canRead()).isTrue();
		assertThat(plan.accessFor(user("colleague", Role.PLANNER)).canEdit()).isFalse();
	}

	@Test
	void theOwnerAndAdministratorsManageEditorsDoNot() {
		Plan plan = plan();
		AppUser editor = user("editor", Role.PLANNER);
		plan.addMember(editor, MemberRole.EDITOR);
		assertThat(plan.accessFor(this.owner).canManage()).isTrue();
		assertThat(plan.accessFor(editor).canManage()).isFalse();
		assertThat(plan.accessFor(editor).canEdit()).isTrue();
		assertThat(plan.accessFor(user("root", Role.ADMIN)).canManage()).isTrue();
	}

	@Test
	void rejectsAnUnknownCurrency() {
		Plan plan = plan();
		assertThatThrownBy(() -> plan.useCurrency("XYZ")).isInstanceOf(BusinessRuleViolation.class)
			.extracting((ex) -> ((BusinessRuleViolation) ex).field())
			.isEqualTo("currency");
		plan.useCurrency("USD");
		assertThat(plan.getCurrency()).isEqualTo("USD");
	}

	@Test
	void rejectsANegativeTotalBudget() {
		Plan plan = plan();
		assertThatThrownBy(() -> plan.budgetTotal(new BigDecimal("-1"))).isInstanceOf(BusinessRuleViolation.class);
		plan.budgetTotal(new BigDecimal("280000000"));
		assertThat(plan.getTotalBudget()).isEqualByComparingTo("280000000.00");
	}

	@Test
	void rejectsAPeriodThatEndsBeforeItStarts() {
		assertThatThrownBy(() -> new DateRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void requiresATitle() {
		assertThatThrownBy(() -> plan().retitle("  ", null)).isInstanceOf(BusinessRuleViolation.class);
	}

}
