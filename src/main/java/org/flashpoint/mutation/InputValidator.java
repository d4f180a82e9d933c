package org.flashpoint.mutation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;
import org.flashpoint.core.UserError;
import org.flashpoint.core.UserErrors;
import org.flashpoint.core.UserErrorCode;

/**
 * Checks a mutation's input with Bean Validation (the constraints declared on the input
 * records) and turns every violation into a {@link UserError} at the violating field's
 * input path, instead of the request-level error Spring would raise. Every field is also
 * held to {@link StoredValues} (dates in range, strings within the backstop and without
 * unpaired surrogates), whether or not its record declares a constraint.
 */
@Component
public class InputValidator {

	private final Validator validator;

	private final StoredValues values;

	public InputValidator(Validator validator, StoredValues values) {
		this.validator = validator;
		this.values = values;
	}

	/** Every violation of the input's constraints; empty when there is none. */
	public UserErrors validate(Object input) {
		UserErrors errors = new UserErrors();
		Set<List<String>> reported = new HashSet<>();
		for (ConstraintViolation<Object> violation : this.validator.validate(input)) {
			List<Object> path = pathOf(violation);
			errors.add(codeOf(violation), violation.getMessage(), path.toArray());
			reported.add(names(path));
		}
		// A field's own constraint says more than the backstop: one error per field.
		for (StoredValues.Problem problem : this.values.check(input)) {
			if (reported.add(names(problem.path()))) {
				errors.add(problem.code(), problem.message(), problem.path().toArray());
			}
		}
		return errors;
	}

	private static List<String> names(List<Object> path) {
		return path.stream().map(Object::toString).toList();
	}

	private static List<Object> pathOf(ConstraintViolation<?> violation) {
		List<Object> path = new ArrayList<>();
		for (Path.Node node : violation.getPropertyPath()) {
			if (node.isInIterable() && node.getIndex() != null) {
				path.add(node.getIndex());
			}
			if (node.getName() != null && !node.getName().startsWith("<")) {
				path.add(node.getName());
			}
		}
		return path;
	}

	private static UserErrorCode codeOf(ConstraintViolation<?> violation) {
		Object annotation = violation.getConstraintDescriptor().getAnnotation();
		if (annotation instanceof NotNull || annotation instanceof NotBlank || annotation instanceof NotEmpty) {
			return UserErrorCode.REQUIRED;
		}
		if (annotation instanceof Size size && lengthOf(violation.getInvalidValue()) > size.max()) {
			return UserErrorCode.TOO_LONG;
		}
		return UserErrorCode.INVALID;
	}

	private static int lengthOf(Object value) {
		if (value instanceof CharSequence text) {
			return text.length();
		}
		if (value instanceof Collection<?> collection) {
			return collection.size();
		}
		return 0;
	}

}
