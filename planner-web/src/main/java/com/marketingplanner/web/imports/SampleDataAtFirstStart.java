package com.marketingplanner.web.imports;

import com.marketingplanner.domain.imports.SampleData;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the demo plans are loaded on a first start ({@code DemoPlans}, order 1), imports
 * their sample data (marketing data labelled "sample data"). Off together with the demo
 * plans ({@code planner.demo.enabled=false}); does nothing when anything was ever
 * imported or there are no demo plans.
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty(name = "planner.demo.enabled", matchIfMissing = true)
class SampleDataAtFirstStart implements ApplicationRunner {

	private final SampleData sampleData;

	private final String owner;

	SampleDataAtFirstStart(SampleData sampleData, @Value("${planner.admin.username}") String owner) {
		this.sampleData = sampleData;
		this.owner = owner;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.sampleData.loadForDemoPlans(this.owner);
	}

}
