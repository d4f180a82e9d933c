package org.flashpoint.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.flashpoint.mutation.StoredValues;

/**
 * The {@code Date} (ISO-8601 calendar date) and {@code DateTime} (ISO-8601 instant)
 * scalars. graphql-java-extended-scalars has no release for graphql-java 25 and its
 * DateTime does not accept {@link Instant}, which is what the documents store.
 */
@Configuration(proxyBeanMethods = false)
class ScalarsConfiguration {

	// Parsed dates of any year; StoredValues refuses those outside 0001-9999, naming the
	// argument or input field, which a coercion error here could not do.
	static final GraphQLScalarType DATE = scalar("Date",
			"an ISO-8601 date such as 2023-10-07, in the years 0001 to 9999", LocalDate.class, LocalDate::parse);

	static final GraphQLScalarType DATE_TIME = scalar("DateTime",
			"an ISO-8601 date-time with an offset such as 2023-10-07T06:30:00Z, in the years 0001 to 9999",
			Instant.class, (text) -> OffsetDateTime.parse(text).toInstant());

	@Bean
	RuntimeWiringConfigurer scalarsWiring() {
		return (wiring) -> wiring.scalar(DATE).scalar(DATE_TIME);
	}

	private static <T> GraphQLScalarType scalar(String name, String expected, Class<T> type,
			Function<String, T> parser) {
		return GraphQLScalarType.newScalar()
			.name(name)
			.description("A value written as " + expected + ".")
			.coercing(new IsoCoercing<>(name, expected, type, parser))
			.build();
	}

	private record IsoCoercing<T>(String name, String expected, Class<T> type,
			Function<String, T> parser) implements Coercing<T, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (this.type.isInstance(value)) {
				return value.toString();
			}
			throw new CoercingSerializeException("Expected a " + this.type.getSimpleName() + " for " + this.name);
		}

		@Override
		public T parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String text) {
				return parse(text, CoercingParseValueException::new);
			}
			throw new CoercingParseValueException(this.name + " must be a string: " + this.expected);
		}

		@Override
		public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
			if (input instanceof StringValue text) {
				return parse(text.getValue(), CoercingParseLiteralException::new);
			}
			throw new CoercingParseLiteralException(this.name + " must be a string: " + this.expected);
		}

		private <E extends RuntimeException> T parse(String text, Function<String, E> error) {
			try {
				return this.parser.apply(text);
			}
			catch (DateTimeParseException ex) {
				throw error.apply("'" + text + "' is not a valid " + this.name + ": expected " + this.expected);
			}
		}

	}

}
