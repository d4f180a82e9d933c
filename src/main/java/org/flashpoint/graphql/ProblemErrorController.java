package org.flashpoint.graphql;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Renders every error the servlet container dispatches to {@code /error} — an unknown
 * path (404), a method a controller does not take (405), a body Spring MVC cannot read
 * (400), an unexpected failure (500) — as a problem ({@link Problems}), whatever the
 * client accepts: Spring Boot's own error controller answers JSON of another shape, and
 * an empty body when the client accepts neither JSON nor HTML. It replaces that
 * controller (Boot backs off when an {@code ErrorController} is defined).
 * <p>
 * The detail is Spring's own wording for its HTTP exceptions (which never carries
 * internals) or a sentence per status; a server error says nothing of its cause, which is
 * logged. Requests to the GraphQL endpoint that are not GraphQL requests at all (a body
 * that is not JSON, JSON without a {@code query}) say how to send one.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController extends AbstractErrorController {

	private final ErrorAttributes errorAttributes;

	private final String graphQlPath;

	ProblemErrorController(ErrorAttributes errorAttributes, GraphQlProperties graphQl) {
		super(errorAttributes);
		this.errorAttributes = errorAttributes;
		this.graphQlPath = graphQl.getHttp().getPath();
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		ProblemDetail problem = Problems.of(status, detail(request, status, path));
		if (path != null) {
			problem.setInstance(URI.create(path.toString()));
		}
		if (this.graphQlPath.equals(path) && status.is4xxClientError()) {
			Problems.withGraphQlErrors(problem);
		}
		return ResponseEntity.status(status).contentType(Problems.MEDIA_TYPE).body(problem);
	}

	private String detail(HttpServletRequest request, HttpStatus status, Object path) {
		if (status.is5xxServerError()) {
			return "The server could not answer this request (HTTP %d %s); the cause is in its log"
				.formatted(status.value(), status.getReasonPhrase());
		}
		if (this.graphQlPath.equals(path)) {
			return "Not a GraphQL request (HTTP %d %s): send POST %s with a JSON body such as {\"query\": \"{ actors { totalCount } }\"}"
				.formatted(status.value(), status.getReasonPhrase(), this.graphQlPath);
		}
		if (status == HttpStatus.NOT_FOUND) {
			return "Nothing is served at %s: the API is POST %s, GraphiQL is at /graphiql".formatted(path,
					this.graphQlPath);
		}
		Throwable error = this.errorAttributes.getError(new ServletWebRequest(request));
		if (error instanceof ErrorResponse response && response.getBody().getDetail() != null) {
			return response.getBody().getDetail();
		}
		return "HTTP %d %s".formatted(status.value(), status.getReasonPhrase());
	}

}
