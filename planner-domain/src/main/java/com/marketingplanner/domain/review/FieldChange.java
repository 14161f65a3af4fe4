package com.marketingplanner.domain.review;

/**
 * One field of an item that differs: {@code oldValue} in the baseline, {@code newValue}
 * now ({@code null}: no value).
 */
public record FieldChange(String field, String oldValue, String newValue) {
}
