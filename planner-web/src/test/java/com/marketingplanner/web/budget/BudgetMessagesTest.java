package com.marketingplanner.web.budget;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import com.marketingplanner.domain.budget.AllocationRuleKind;
import com.marketingplanner.domain.budget.BudgetCheck;
import com.marketingplanner.domain.budget.PercentageBase;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget bundles hold every finding the budget check can report, in both languages,
 * with the same English text the domain gives API clients, and a name for every detail
 * (base and rule kind) a finding can carry.
 */
class BudgetMessagesTest {

	static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource("i18n/" + name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void everyFindingCodeHasTheDomainsEnglishTextAndAChineseText() throws IOException {
		Properties english = bundle("budget.properties");
		Properties chinese = bundle("budget_zh_CN.properties");

		assertThat(BudgetCheck.findingCodes()).isNotEmpty().allSatisfy((code, text) -> {
			assertThat(english.getProperty("budget.warning." + code)).as(code).isEqualTo(text);
			assertThat(chinese.getProperty("budget.warning." + code)).as(code).isNotBlank();
		});
	}

	@Test
	void everyBaseAndRuleKindHasANameForFindingsAndForms() throws IOException {
		Properties english = bundle("budget.properties");
		for (PercentageBase base : PercentageBase.values()) {
			assertThat(english).containsKeys("budget.detail." + base, "enum.PercentageBase." + base);
		}
		for (AllocationRuleKind kind : AllocationRuleKind.values()) {
			assertThat(english).containsKeys("budget.detail." + kind, "enum.AllocationRuleKind." + kind);
		}
	}

}
