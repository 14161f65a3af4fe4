package com.marketingplanner.web.input;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static tools.jackson.databind.cfg.CoercionAction.Fail;

/**
 * Input is read strictly everywhere, so bad input is a 400 with a field message and never
 * reaches the database: whole numbers in decimal only ({@code 0x1} is not 1), no
 * fractions for whole numbers ({@code "version": 1.5} is not 1), JSON values of the
 * declared type (no {@code "12"} for a number, {@code 12} for a text or {@code "true"}
 * for a flag, no {@code 1} for an option), dates as {@code yyyy-MM-dd} within years
 * 0001-9999 (no date-times), and no NUL in text.
 */
@Configuration(proxyBeanMethods = false)
class StrictInputConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(java.time.LocalDate.class, new StrictDateFormatter());
	}

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		return (builder) -> builder.addModule(new JsonInputModule())
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.withCoercionConfig(LogicalType.Textual,
					(text) -> text.setCoercion(CoercionInputShape.Integer, Fail)
						.setCoercion(CoercionInputShape.Float, Fail)
						.setCoercion(CoercionInputShape.Boolean, Fail))
			.withCoercionConfig(LogicalType.Integer,
					(number) -> number.setCoercion(CoercionInputShape.String, Fail)
						.setCoercion(CoercionInputShape.Boolean, Fail))
			.withCoercionConfig(LogicalType.Float,
					(number) -> number.setCoercion(CoercionInputShape.String, Fail)
						.setCoercion(CoercionInputShape.Boolean, Fail))
			.withCoercionConfig(LogicalType.Boolean, (flag) -> flag.setCoercion(CoercionInputShape.String, Fail)
				.setCoercion(CoercionInputShape.Integer, Fail));
	}

}
