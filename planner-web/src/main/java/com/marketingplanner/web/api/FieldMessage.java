package com.marketingplanner.web.api;

/** One invalid field of a request and what is wrong with it, in the client's language. */
public record FieldMessage(String field, String message) {
}
