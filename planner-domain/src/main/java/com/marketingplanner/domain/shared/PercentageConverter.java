package com.marketingplanner.domain.shared;

import jakarta.persistence.Converter;

import org.hibernate.annotations.Immutable;

/**
 * Every {@link Percentage} field of an entity is stored as a percentage in points (scale
 * 4) in its {@code NUMERIC} column, without further mapping (applied automatically).
 */
@Converter(autoApply = true)
@Immutable
public class PercentageConverter extends NumericColumnConverter<Percentage> {

	public PercentageConverter() {
		super(Percentage::points, Percentage::new);
	}

}
