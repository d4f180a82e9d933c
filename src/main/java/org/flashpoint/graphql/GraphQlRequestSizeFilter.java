package org.flashpoint.graphql;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.flashpoint.mutation.InputProperties;

/**
 * Refuses a GraphQL request whose body is larger than
 * {@link InputProperties#maxRequestSize()} with HTTP 413 and a problem
 * ({@link Problems}), before anything reads it. Neither Tomcat
 * ({@code max-http-form-post-size} covers forms only) nor Spring MVC bound a JSON body,
 * so a 30 MB request would otherwise be parsed whole and its strings carried to the
 * store. A body of announced length is judged by its {@code Content-Length}; a chunked
 * one is read up to the limit.
 */
class GraphQlRequestSizeFilter extends OncePerRequestFilter {

	private final int maxBytes;

	GraphQlRequestSizeFilter(InputProperties properties) {
		this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 1, properties.maxRequestSize().toBytes());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.maxBytes) {
			refuse(response);
			return;
		}
		if (length >= 0 || !"POST".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(this.maxBytes + 1);
		if (body.length > this.maxBytes) {
			refuse(response);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	private void refuse(HttpServletResponse response) throws IOException {
		// Tomcat reads and drops the unread rest (server.tomcat.max-swallow-size), so the
		// client reads this answer; the connection is not worth keeping for what follows.
		response.setHeader(HttpHeaders.CONNECTION, "close");
		ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE,
				"A GraphQL request may be at most %d bytes long".formatted(this.maxBytes));
		problem.setProperty("maxRequestSize", this.maxBytes);
		Problems.write(response, Problems.withGraphQlErrors(problem));
	}

	/** A request whose body has been read into memory already. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body has been read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

}
