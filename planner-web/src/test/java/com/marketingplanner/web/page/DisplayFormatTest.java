package com.marketingplanner.web.page;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayFormatTest {

	final DisplayFormat display = new DisplayFormat();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void englishMoneyIsTheCodeAndTheGroupedAmountWithCentsOnlyWhenThereAreAny() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.display.money(new BigDecimal("280000000.00"), "CNY")).isEqualTo("CNY 280,000,000");
		assertThat(this.display.money(new BigDecimal("1234.5"), "CNY")).isEqualTo("CNY 1,234.50");
		assertThat(this.display.moneyExact(new BigDecimal("280000000"), "CNY")).isEqualTo("CNY 280,000,000.00");
		assertThat(this.display.moneyAbbreviated(new BigDecimal("280000000"), "CNY")).isTrue();
	}

	@Test
	void chineseMoneyReadsIn10kAnd100mUnitsWithTheExactAmountForTheHover() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(this.display.money(new BigDecimal("280000000"), "CNY")).isEqualTo("¥2.8亿");
		assertThat(this.display.money(new BigDecimal("30000000"), "CNY")).isEqualTo("¥3,000万");
		assertThat(this.display.money(new BigDecimal("12345"), "CNY")).isEqualTo("¥1.23万");
		assertThat(this.display.money(new BigDecimal("9999"), "CNY")).isEqualTo("¥9,999");
		assertThat(this.display.money(new BigDecimal("-30000000"), "CNY")).isEqualTo("-¥3,000万");
		assertThat(this.display.moneyExact(new BigDecimal("280000000"), "CNY")).isEqualTo("¥280,000,000.00");
	}

	@Test
	void aMissingAmountIsADash() {
		assertThat(this.display.money(null, "CNY")).isEqualTo("—");
		assertThat(this.display.compact(null)).isEqualTo("—");
	}

	@Test
	void tilesShortenLargeNumbersInTheReadersLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.display.compact(new BigDecimal("640000000000"))).isEqualTo("640B");
		assertThat(this.display.compact(new BigDecimal("45"))).isEqualTo("45");
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(this.display.compact(new BigDecimal("96000000"))).isEqualTo("9600万");
	}

}
