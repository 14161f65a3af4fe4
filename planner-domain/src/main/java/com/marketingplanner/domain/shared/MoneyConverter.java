package com.marketingplanner.domain.shared;

import jakarta.persistence.Converter;

import org.hibernate.annotations.Immutable;

/**
 * Every {@link Money} field of an entity is stored as an amount (scale 2) in its
 * {@code NUMERIC} column, without further mapping (applied automatically).
 */
@Converter(autoApply = true)
@Immutable
public class MoneyConverter extends NumericColumnConverter<Money> {

	public MoneyConverter() {
		super(Money::amount, Money::new);
	}

}
