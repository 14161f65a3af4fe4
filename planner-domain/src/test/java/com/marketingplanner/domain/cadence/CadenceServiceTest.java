package com.marketingplanner.domain.cadence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.marketingplanner.domain.shared.Frequency;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.shared.StaleVersionException;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.support.DomainServices;
import com.marketingplanner.domain.template.PlansFromTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seed plans' meeting and report rhythm as their templates state it, the dates on the
 * plan's calendar, and edits under optimistic locking.
 */
@DomainJpaTest
@Import(DomainServices.class)
class CadenceServiceTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlansFromTemplates templates;

	@Autowired
	CadenceService cadences;

	String owner;

	@BeforeEach
	void owner() {
		this.owner = DomainServices.createUser(this.jdbc, "PLANNER");
	}

	@Test
	void plan002KeepsItsStandUpWeeklyReportReviewsAndYearlyReports() {
		long planId = this.templates.create("seed-002", this.owner, null, null);

		Map<String, Cadence> byName = this.cadences.all(planId)
			.stream()
			.collect(Collectors.toMap(Cadence::getName, (c) -> c));

		Cadence standUp = byName.get("每日站会");
		assertThat(standUp.getFrequency()).isEqualTo(Frequency.DAILY);
		assertThat(standUp.getDurationMinutes()).isEqualTo(15);
		assertThat(standUp.getFirstWeek()).isEqualTo(1);
		assertThat(standUp.getLastWeek()).isEqualTo(12);
		Cadence weekly = byName.get("营销效果周报");
		assertThat(weekly.isWeeklyReport()).isTrue();
		assertThat(weekly.getMetricCount()).isEqualTo(30);
		assertThat(byName.get("双周复盘").getFrequency()).isEqualTo(Frequency.BIWEEKLY);
		assertThat(byName.get("平台规则白皮书更新").getTimesPerPeriod()).isEqualTo(3);
		assertThat(byName.get("月度ROI考核").getFrequency()).isEqualTo(Frequency.MONTHLY);
		assertThat(byName.get("生态伙伴评估会").getFrequency()).isEqualTo(Frequency.QUARTERLY);
		assertThat(byName.get("年度舆情报告").getFrequency()).isEqualTo(Frequency.YEARLY);
	}

	@Test
	void everySeedPlanHasItsRhythm() {
		for (String code : List.of("seed-000", "seed-001", "seed-002", "seed-003", "seed-004")) {
			long planId = this.templates.create(code, this.owner, null, null);
			assertThat(this.cadences.all(planId)).as(code).isNotEmpty();
		}
	}

	@Test
	void theCalendarListsTheDatesOfEveryEntryByDateAndMovesWithThePlan() {
		long planId = this.templates.create("seed-002", this.owner, null, LocalDate.of(2027, 1, 1));

		List<CadenceOccurrence> january = this.cadences.occurrences(planId, LocalDate.of(2027, 1, 1),
				LocalDate.of(2027, 1, 31), 500);

		assertThat(january).extracting(CadenceOccurrence::date).isSorted();
		assertThat(january).filteredOn((o) -> o.cadence().getName().equals("每日站会")).hasSize(31);
		assertThat(january).filteredOn((o) -> o.cadence().getName().equals("营销效果周报"))
			.extracting(CadenceOccurrence::date)
			.containsExactly(LocalDate.of(2027, 1, 7), LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 21),
					LocalDate.of(2027, 1, 28));
		assertThat(january).filteredOn((o) -> o.cadence().getName().equals("月度ROI考核"))
			.extracting(CadenceOccurrence::date)
			.containsExactly(LocalDate.of(2027, 1, 31));
		List<CadenceOccurrence> lastStandUps = this.cadences.occurrences(planId, LocalDate.of(2027, 3, 20),
				LocalDate.of(2027, 3, 31), 500);
		assertThat(lastStandUps).filteredOn((o) -> o.cadence().getName().equals("每日站会"))
			.extracting(CadenceOccurrence::date)
			.last()
			.isEqualTo(LocalDate.of(2027, 3, 25));
		assertThat(this.cadences.nextOccurrences(planId, LocalDate.of(2027, 4, 1)))
			.noneMatch((o) -> o.cadence().getName().equals("每日站会"))
			.anyMatch((o) -> o.cadence().getName().equals("年度舆情报告") && o.date().equals(LocalDate.of(2027, 12, 31)));
	}

	@Test
	void editsNeedTheCurrentVersionAndStayInTheirPlan() {
		long planId = this.templates.create("seed-003", this.owner, null, null);
		long other = this.templates.create("seed-003", this.owner, null, null);
		Cadence added = this.cadences.add(planId, new CadenceCommand("月度复盘", CadenceKind.REVIEW, Frequency.MONTHLY,
				null, null, null, 60, "运营负责人", "运营、数据", "渠道ROI", null, 0, null));
		assertThat(this.cadences.all(planId)).first().extracting(Cadence::getName).isEqualTo("月度复盘");

		Cadence changed = this.cadences.update(planId, added.getId(), new CadenceCommand("月度复盘会", CadenceKind.REVIEW,
				Frequency.MONTHLY, null, null, null, 90, null, null, null, null, 2, added.getVersion()));
		assertThat(changed.getDurationMinutes()).isEqualTo(90);
		assertThat(this.cadences.all(planId)).extracting(Cadence::getName).last().isEqualTo("月度复盘会");

		assertThatThrownBy(() -> this.cadences.update(planId, added.getId(), new CadenceCommand("x", CadenceKind.REVIEW,
				null, null, null, null, null, null, null, null, null, null, added.getVersion() - 1)))
			.isInstanceOf(StaleVersionException.class);
		assertThatThrownBy(() -> this.cadences.get(other, added.getId())).isInstanceOf(ResourceNotFoundException.class);
		assertThatThrownBy(() -> this.cadences.delete(other, added.getId(), changed.getVersion()))
			.isInstanceOf(ResourceNotFoundException.class);

		this.cadences.delete(planId, added.getId(), changed.getVersion());
		assertThat(this.cadences.all(planId)).extracting(Cadence::getName).containsExactly("每周数据复盘会议", "投放策略优化");
		assertThat(this.cadences.all(planId)).extracting(Cadence::getPosition).containsExactly(0, 1);
	}

}
