package org.flashpoint.graphql;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

/**
 * Checks a mutation's input with Bean Validation (the constraints declared on the input
 * records) and turns every violation into a {@link UserError} at the violating field's
 * input path, instead of the request-level error Spring would raise.
 */
@Component
public class InputValidator {

	private final Validator validator;

	public InputValidator(Validator validator) {
		this.validator = validator;
	}

	/** Every violation of the input's constraints; empty when there is none. */
	public UserErrors validate(Object input) {
		UserErrors errors = new UserErrors();
		for (ConstraintViolation<Object> violation : this.validator.validate(input)) {
			errors.add(codeOf(violation), violation.getMessage(), pathOf(violation).toArray());
		}
		return errors;
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
