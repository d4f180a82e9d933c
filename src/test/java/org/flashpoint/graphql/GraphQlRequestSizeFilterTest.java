package org.flashpoint.graphql;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.flashpoint.mutation.InputProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chunked body announces no length: the filter reads it up to the limit, refuses it
 * past the limit, and otherwise hands the application the very bytes it read. (Bodies of
 * announced length are covered through the whole stack by StoredValueLimitsTest.)
 */
class GraphQlRequestSizeFilterTest {

	private final GraphQlRequestSizeFilter filter = new GraphQlRequestSizeFilter(
			new InputProperties(10_000, DataSize.ofBytes(100)));

	@Test
	void aChunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
		AtomicReference<String> passed = new AtomicReference<>();
		MockHttpServletResponse response = run(chunked("x".repeat(101)), passed);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString()).contains("\"classification\":\"BAD_REQUEST\"").contains("100 bytes");
		assertThat(passed).hasNullValue();
	}

	@Test
	void aChunkedBodyWithinTheLimitReachesTheApplicationWhole() throws Exception {
		AtomicReference<String> passed = new AtomicReference<>();
		String body = "{\"query\": \"{ actors { totalCount } }\"}";
		MockHttpServletResponse response = run(chunked(body), passed);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(passed).hasValue(body);
	}

	private MockHttpServletResponse run(MockHttpServletRequest request, AtomicReference<String> passed)
			throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain chain = (req, res) -> passed
			.set(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		this.filter.doFilter(request, response, chain);
		return response;
	}

	private static MockHttpServletRequest chunked(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql") {

			@Override
			public long getContentLengthLong() {
				return -1;
			}

			@Override
			public int getContentLength() {
				return -1;
			}

		};
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

}
