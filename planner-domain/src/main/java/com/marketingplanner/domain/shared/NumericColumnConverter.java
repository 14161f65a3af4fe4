package com.marketingplanner.domain.shared;

import java.math.BigDecimal;
import java.util.function.Function;

import jakarta.persistence.AttributeConverter;

/**
 * Maps a value object onto its {@code NUMERIC} column and back (ADR 0099): the column
 * keeps the number, the entity field holds the value object, which rounds it to its own
 * scale when read. {@code null} (not stated) stays {@code null} both ways. The value
 * objects are immutable records, so each converter is marked
 * {@link org.hibernate.annotations.Immutable} and dirty checking compares them by value
 * instead of copying them.
 */
abstract class NumericColumnConverter<T> implements AttributeConverter<T, BigDecimal> {

	private final Function<T, BigDecimal> toColumn;

	private final Function<BigDecimal, T> fromColumn;

	NumericColumnConverter(Function<T, BigDecimal> toColumn, Function<BigDecimal, T> fromColumn) {
		this.toColumn = toColumn;
		this.fromColumn = fromColumn;
	}

	@Override
	public BigDecimal convertToDatabaseColumn(T value) {
		return (value != null) ? this.toColumn.apply(value) : null;
	}

	@Override
	public T convertToEntityAttribute(BigDecimal column) {
		return (column != null) ? this.fromColumn.apply(column) : null;
	}

}
