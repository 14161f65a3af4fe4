package com.marketingplanner.web.input;

import java.time.LocalDate;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Strict reading of JSON bodies: text may not contain NUL (PostgreSQL cannot store it,
 * and it answered 409 "conflicts with existing data"), and dates follow
 * {@link StrictDates}. Both failures name the field, so the client gets a 400 with the
 * field's message.
 */
class JsonInputModule extends SimpleModule {

	JsonInputModule() {
		super("planner-strict-input");
		addDeserializer(String.class, new TextWithoutNul());
		addDeserializer(LocalDate.class, new IsoDate());
	}

	static final class TextWithoutNul extends StdScalarDeserializer<String> {

		TextWithoutNul() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (text != null && text.indexOf('\0') >= 0) {
				return (String) context.handleWeirdStringValue(String.class, text.replace("\0", "\\0"),
						"text may not contain the NUL character");
			}
			return text;
		}

		@Override
		public Object getNullValue(DeserializationContext context) {
			return null;
		}

	}

	static final class IsoDate extends StdScalarDeserializer<LocalDate> {

		IsoDate() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
			}
			String text = parser.getString();
			try {
				return StrictDates.parse(text);
			}
			catch (IllegalArgumentException ex) {
				return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
						"a date is written yyyy-MM-dd with a year from 0001 to 9999");
			}
		}

	}

}
