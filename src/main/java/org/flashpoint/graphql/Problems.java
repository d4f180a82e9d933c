package org.flashpoint.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The one shape of every error answered outside GraphQL: RFC 9457's
 * {@code application/problem+json} (Spring's {@link ProblemDetail}) with a clear
 * {@code detail} and a {@code classification} from the vocabulary GraphQL errors use
 * ({@code BAD_REQUEST}, {@code UNAUTHORIZED}, {@code FORBIDDEN}, {@code NOT_FOUND},
 * {@code INTERNAL_ERROR}), so a client tells a refusal apart the same way on
 * {@code /graphql}, {@code /imports} and {@code /actuator}.
 * <p>
 * Refusals on the GraphQL endpoint itself also carry an {@code errors} member in
 * GraphQL's shape: GraphQL clients (Apollo, urql, GraphiQL) show
 * {@code errors[0].message} of a failed response and nothing of a {@code detail}.
 */
public final class Problems {

	/** The media type of every problem body. */
	public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON;

	/** Jackson's defaults suffice for the few plain members of a problem body. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	/** A problem of the status, its {@code classification} following from the status. */
	public static ProblemDetail of(HttpStatusCode status, String detail) {
		return of(status, classification(status), detail);
	}

	/**
	 * A problem of the status with an explicit classification (a malformed credential is
	 * BAD_REQUEST).
	 */
	public static ProblemDetail of(HttpStatusCode status, ErrorType classification, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("classification", classification.name());
		return problem;
	}

	/** Adds GraphQL's {@code errors} member, for answers that GraphQL clients read. */
	public static ProblemDetail withGraphQlErrors(ProblemDetail problem) {
		Object classification = (problem.getProperties() != null) ? problem.getProperties().get("classification")
				: ErrorType.BAD_REQUEST.name();
		problem.setProperty("errors", List.of(Map.of("message", String.valueOf(problem.getDetail()), "extensions",
				Map.of("classification", String.valueOf(classification)))));
		return problem;
	}

	/**
	 * Writes the problem as the whole response, for filters and Spring Security's
	 * handlers that answer before Spring MVC does.
	 */
	public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MEDIA_TYPE.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		JSON.writeValue(response.getOutputStream(), body(problem));
	}

	/**
	 * The problem as the JSON object it is written as: its standard members and, at the
	 * top level beside them, its properties (Spring's message converters do the same).
	 */
	static Map<String, Object> body(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		// An absent type means "about:blank" (RFC 9457), as Spring writes it.
		if (problem.getType() != null) {
			body.put("type", problem.getType().toString());
		}
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}

	/** The classification GraphQL errors would give a refusal of this status. */
	static ErrorType classification(HttpStatusCode status) {
		if (status.is5xxServerError()) {
			return ErrorType.INTERNAL_ERROR;
		}
		HttpStatus known = HttpStatus.resolve(status.value());
		if (known == null) {
			return ErrorType.BAD_REQUEST;
		}
		return switch (known) {
			case UNAUTHORIZED -> ErrorType.UNAUTHORIZED;
			case FORBIDDEN -> ErrorType.FORBIDDEN;
			case NOT_FOUND -> ErrorType.NOT_FOUND;
			default -> ErrorType.BAD_REQUEST;
		};
	}

}
