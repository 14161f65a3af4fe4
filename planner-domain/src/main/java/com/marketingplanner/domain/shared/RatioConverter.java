package com.marketingplanner.domain.shared;

import jakarta.persistence.Converter;

import org.hibernate.annotations.Immutable;

/**
 * Every {@link Ratio} field of an entity is stored as a ratio (scale 6) in its
 * {@code NUMERIC} column, without further mapping (applied automatically).
 */
@Converter(autoApply = true)
@Immutable
public class RatioConverter extends NumericColumnConverter<Ratio> {

	public RatioConverter() {
		super(Ratio::value, Ratio::new);
	}

}
