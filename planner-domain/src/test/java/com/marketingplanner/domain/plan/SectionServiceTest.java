package com.marketingplanner.domain.plan;

import java.time.LocalDate;
import java.util.List;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.shared.StaleVersionException;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;
import com.marketingplanner.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DomainJpaTest
@Import({ PlanService.class, SectionService.class })
class SectionServiceTest {

	@Autowired
	PlanService plans;

	@Autowired
	SectionService sections;

	@Autowired
	AppUserRepository users;

	long planId;

	@BeforeEach
	void chinesePlan() {
		this.users.save(new AppUser("writer", "Writer", "{noop}x", Role.PLANNER));
		this.planId = this.plans
			.create(new PlanCommand("方案", null, PlanLanguage.ZH, "CNY", LocalDate.of(2026, 1, 1),
					LocalDate.of(2026, 12, 31), null, null), "writer")
			.getId();
	}

	@Test
	void numbersTheTreeFromThePlacesOfItsSections() {
		long background = add(null, "背景分析").getId();
		add(null, "问题定义");
		long trends = add(background, "行业发展趋势").getId();
		add(trends, "全球电子商务市场规模预测");

		List<SectionNode> tree = this.sections.tree(this.planId);
		assertThat(tree).extracting(SectionNode::number).containsExactly("一、", "二、");
		assertThat(tree.get(0).children()).extracting(SectionNode::number).containsExactly("1.1");
		assertThat(tree.get(0).children().get(0).children()).extracting(SectionNode::number).containsExactly("1.1.1");
	}

	@Test
	void insertingAtAPositionRenumbersTheSiblingsAfterIt() {
		add(null, "A");
		add(null, "C");
		this.sections.add(this.planId, new SectionCommand(null, 1, "B", null, null));
		assertThat(this.sections.tree(this.planId)).extracting(SectionNode::heading).containsExactly("A", "B", "C");
	}

	@Test
	void movingASectionUnderAnotherKeepsNumbersDense() {
		PlanSection first = add(null, "First");
		PlanSection second = add(null, "Second");
		add(null, "Third");
		this.sections.update(this.planId, second.getId(),
				new SectionCommand(first.getId(), null, "Second", null, second.getVersion()));
		List<SectionNode> tree = this.sections.tree(this.planId);
		assertThat(tree).extracting(SectionNode::heading).containsExactly("First", "Third");
		assertThat(tree).extracting(SectionNode::number).containsExactly("一、", "二、");
		assertThat(tree.get(0).children()).extracting(SectionNode::number).containsExactly("1.1");
	}

	@Test
	void refusesToMoveASectionUnderItsOwnSubsection() {
		PlanSection parent = add(null, "Parent");
		PlanSection child = add(parent.getId(), "Child");
		assertThatThrownBy(() -> this.sections.update(this.planId, parent.getId(),
				new SectionCommand(child.getId(), null, "Parent", null, parent.getVersion())))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void refusesAStaleEdit() {
		PlanSection section = add(null, "Original");
		this.sections.update(this.planId, section.getId(), new SectionCommand(null, null, "Edited", null, 0L));
		assertThatThrownBy(() -> this.sections.update(this.planId, section.getId(),
				new SectionCommand(null, null, "Stale", null, 0L)))
			.isInstanceOf(StaleVersionException.class);
		assertThat(this.sections.tree(this.planId).get(0).heading()).isEqualTo("Edited");
	}

	@Test
	void doesNotFindASectionThroughAnotherPlan() {
		PlanSection section = add(null, "Mine");
		assertThatThrownBy(() -> this.sections.get(this.planId + 1000, section.getId()))
			.isInstanceOf(ResourceNotFoundException.class);
	}

	@Test
	void refusesEditsOnceThePlanIsArchived() {
		Plan plan = this.plans.get(this.planId);
		plan.archive(plan.getOwner());
		assertThatThrownBy(() -> add(null, "Late")).isInstanceOf(BusinessRuleViolation.class);
	}

	private PlanSection add(Long parentId, String heading) {
		return this.sections.add(this.planId, new SectionCommand(parentId, null, heading, null, null));
	}

}
