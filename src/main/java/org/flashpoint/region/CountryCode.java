package org.flashpoint.region;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.flashpoint.reference.country.CountryCodes;

/**
 * An ISO 3166-1 alpha-3 country code in capitals ({@code RUS}, {@code PSE}), as every
 * record stores countries; {@code null} is valid (use {@code @NotNull} to require one).
 */
@Documented
@Constraint(validatedBy = CountryCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface CountryCode {

	String message() default "must be an ISO 3166-1 alpha-3 country code in capitals, such as RUS or PSE";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks against the ISO 3166-1 table the importers convert to. */
	class Validator implements ConstraintValidator<CountryCode, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || CountryCodes.standard().isIsoAlpha3(value);
		}

	}

}
