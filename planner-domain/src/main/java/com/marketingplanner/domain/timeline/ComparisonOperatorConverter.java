package com.marketingplanner.domain.timeline;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link ComparisonOperator} as its symbol ({@code >=} or {@code <=}). */
@Converter
public class ComparisonOperatorConverter implements AttributeConverter<ComparisonOperator, String> {

	@Override
	public String convertToDatabaseColumn(ComparisonOperator operator) {
		return (operator != null) ? operator.symbol() : null;
	}

	@Override
	public ComparisonOperator convertToEntityAttribute(String symbol) {
		return ComparisonOperator.of(symbol);
	}

}
