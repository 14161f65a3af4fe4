package com.marketingplanner.domain.plan;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SectionNumberingTest {

	@Test
	void numbersEnglishPlansWithDigitsAtEveryLevel() {
		assertThat(SectionNumbering.number(List.of(2), PlanLanguage.EN)).isEqualTo("2");
		assertThat(SectionNumbering.number(List.of(2, 1), PlanLanguage.EN)).isEqualTo("2.1");
		assertThat(SectionNumbering.number(List.of(2, 1, 3), PlanLanguage.EN)).isEqualTo("2.1.3");
	}

	@Test
	void numbersChineseChaptersWithChineseNumeralsAndSubsectionsWithDigits() {
		assertThat(SectionNumbering.number(List.of(1), PlanLanguage.ZH)).isEqualTo("一、");
		assertThat(SectionNumbering.number(List.of(8), PlanLanguage.ZH)).isEqualTo("八、");
		assertThat(SectionNumbering.number(List.of(1, 1), PlanLanguage.ZH)).isEqualTo("1.1");
		assertThat(SectionNumbering.number(List.of(1, 2, 3), PlanLanguage.ZH)).isEqualTo("1.2.3");
	}

	@ParameterizedTest
	@CsvSource({ "1,一", "9,九", "10,十", "11,十一", "19,十九", "20,二十", "21,二十一", "99,九十九", "100,100" })
	void writesChineseNumerals(int number, String expected) {
		assertThat(SectionNumbering.chineseNumeral(number)).isEqualTo(expected);
	}

}
