package com.marketingplanner.domain.goal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.user.AppUserRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.marketingplanner.domain.goal.KpiServiceTest.n;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DomainJpaTest
@Import({ GoalService.class, KpiService.class, MeasurementService.class, PlanService.class })
class MeasurementServiceTest {

	@Autowired
	KpiService kpis;

	@Autowired
	MeasurementService measurements;

	@Autowired
	PlanService plans;

	@Autowired
	AppUserRepository users;

	@Autowired
	JdbcClient jdbc;

	long planId;

	Kpi gmv;

	Kpi cac;

	@BeforeEach
	void createKpis() {
		this.planId = GoalTestPlans.newPlan(this.users, this.plans, "2026 plan");
		this.gmv = this.kpis.create(this.planId, KpiServiceTest.atLeast(null, "Daily GMV", "180000"));
		this.cac = this.kpis.create(this.planId, KpiServiceTest.atLeast(null, "Visitors", "3000000"));
	}

	@Test
	void recordsMeasurementsAndListsThemNewestFirst() {
		KpiMeasurement january = this.measurements.add(this.planId, this.gmv.getId(),
				month(1, "120000", "Tmall back office", "before the campaign"));
		KpiMeasurement march = this.measurements.add(this.planId, this.gmv.getId(), month(3, "150000", null, null));
		KpiMeasurement february = this.measurements.add(this.planId, this.gmv.getId(), month(2, "135000", null, null));

		List<KpiMeasurement> list = this.measurements.list(this.planId, this.gmv.getId());

		assertThat(list).extracting(KpiMeasurement::getId)
			.containsExactly(march.getId(), february.getId(), january.getId());
		assertThat(list.get(2).getSource()).isEqualTo("Tmall back office");
		assertThat(list.get(2).getNote()).isEqualTo("before the campaign");
		assertThat(list.get(2).getValue()).isEqualByComparingTo("120000");
		assertThat(list.get(2).getRecordedAt()).isNotNull();
	}

	@Test
	void theLatestMeasurementOfEachKpiIsTheOneWithTheLatestPeriodEnd() {
		this.measurements.add(this.planId, this.gmv.getId(), month(3, "150000", null, null));
		this.measurements.add(this.planId, this.gmv.getId(), month(1, "120000", null, null));
		this.measurements.add(this.planId, this.cac.getId(), month(2, "2000000", null, null));
		Kpi unmeasured = this.kpis.create(this.planId, KpiServiceTest.atLeast(null, "NPS", "75"));

		var latest = this.kpis.latestMeasurements(List.of(this.gmv, this.cac, unmeasured));

		assertThat(latest.get(this.gmv.getId()).getValue()).isEqualByComparingTo("150000");
		assertThat(latest.get(this.cac.getId()).getValue()).isEqualByComparingTo("2000000");
		assertThat(latest).doesNotContainKey(unmeasured.getId());
	}

	@Test
	void rejectsAPeriodThatEndsBeforeItStartsAndWritesNothing() {
		assertThatThrownBy(() -> this.measurements.add(this.planId, this.gmv.getId(),
				new MeasurementCommand(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31), n("1"), null, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("periodEnd");
				assertThat(ex.messageKey()).isEqualTo("error.measurement.end-before-start");
			});
		assertThatThrownBy(() -> this.measurements.add(this.planId, this.gmv.getId(),
				new MeasurementCommand(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), null, null, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("value"));
		assertThat(this.jdbc.sql("select count(*) from kpi_measurement").query(Long.class).single()).isZero();
	}

	@Test
	void deletesAMeasurementOnlyThroughItsOwnKpi() {
		KpiMeasurement measurement = this.measurements.add(this.planId, this.gmv.getId(),
				month(1, "120000", null, null));

		assertThatThrownBy(() -> this.measurements.delete(this.planId, this.cac.getId(), measurement.getId()))
			.isInstanceOf(ResourceNotFoundException.class);
		this.measurements.delete(this.planId, this.gmv.getId(), measurement.getId());

		assertThat(this.measurements.list(this.planId, this.gmv.getId())).isEmpty();
	}

	@Test
	void treatsAKpiOfAnotherPlanAsNotFound() {
		long otherPlanId = GoalTestPlans.newPlan(this.users, this.plans, "Other plan");

		assertThatThrownBy(() -> this.measurements.add(otherPlanId, this.gmv.getId(), month(1, "1", null, null)))
			.isInstanceOf(ResourceNotFoundException.class);
		assertThatThrownBy(() -> this.measurements.list(otherPlanId, this.gmv.getId()))
			.isInstanceOf(ResourceNotFoundException.class);
	}

	private static MeasurementCommand month(int month, String value, String source, String note) {
		LocalDate start = LocalDate.of(2026, month, 1);
		return new MeasurementCommand(start, start.plusMonths(1).minusDays(1), n(value), source, note);
	}

}
