package com.marketingplanner.domain.shared;

import jakarta.persistence.Converter;

import org.hibernate.annotations.Immutable;

/**
 * Every {@link Probability} field of an entity is stored as a probability 0–1 (scale 4)
 * in its {@code NUMERIC} column, without further mapping (applied automatically).
 */
@Converter(autoApply = true)
@Immutable
public class ProbabilityConverter extends NumericColumnConverter<Probability> {

	public ProbabilityConverter() {
		super(Probability::value, Probability::new);
	}

}
