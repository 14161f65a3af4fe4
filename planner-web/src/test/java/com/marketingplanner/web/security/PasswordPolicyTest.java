package com.marketingplanner.web.security;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@CsvSource({ "aaaaaaaaaaaa, error.password.repetitive", "abababababab, error.password.repetitive",
			"abcdefghijklm, error.password.repetitive", "987654321098, error.password.repetitive",
			"123456789012, error.password.repetitive", "short-pass, error.password.too-short",
			"my-Zhang.Wei-2026, error.password.contains-username", "password1234, error.password.common",
			"Qwertyuiop12, error.password.common" })
	void refusesWeakPasswordsNamingTheRule(String password, String rule) {
		assertThatThrownBy(() -> this.policy.check("zhang.wei", password)).isInstanceOf(BusinessRuleViolation.class)
			.satisfies((ex) -> {
				BusinessRuleViolation violation = (BusinessRuleViolation) ex;
				org.assertj.core.api.Assertions.assertThat(violation.messageKey()).isEqualTo(rule);
				org.assertj.core.api.Assertions.assertThat(violation.field()).isEqualTo("password");
			});
	}

	@Test
	void measuresTheBcryptLimitInUtf8Bytes() {
		assertThatCode(() -> this.policy.check("lihua", "x".repeat(72 - 3) + "a1b")).doesNotThrowAnyException();
		assertThatThrownBy(() -> this.policy.check("lihua", "Ab1-".repeat(18) + "z")).hasMessageContaining("72 bytes");
		// 24 Chinese characters are 72 bytes; 25 are 75
		assertThatCode(() -> this.policy.check("lihua", "春眠不觉晓处处闻啼鸟夜来风雨声花落知多少白日依山尽黄河".substring(0, 24)))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> this.policy.check("lihua", "春眠不觉晓处处闻啼鸟夜来风雨声花落知多少白日依山尽黄河入海流"))
			.hasMessageContaining("72 bytes");
	}

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery staple", "tXq-9f!mWz2#", "双十一大促预算审批通过了吗" })
	void acceptsLongUnpredictablePasswords(String password) {
		assertThatCode(() -> this.policy.check("zhang.wei", password)).doesNotThrowAnyException();
	}

}
