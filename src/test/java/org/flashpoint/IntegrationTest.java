package org.flashpoint;

import org.flashpoint.core.GlobalId;
import org.flashpoint.security.ApiRole;
import org.flashpoint.security.TestApiKeys;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the integration suite: the whole application with the demo dataset, on the
 * embedded memory store or on MongoDB 7 (see {@link TestBackend}), exercised through
 * GraphQL over HTTP as a client would.
 */
@SpringBootTest(properties = "flashpoint.embedded.storage=memory")
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@ExtendWith(TestBackend.RequiresBackend.class)
public abstract class IntegrationTest {

	@Autowired
	protected HttpGraphQlTester graphQl;

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected ApplicationContext context;

	/** The GraphQL client with a working API key of the role. */
	protected HttpGraphQlTester as(ApiRole role) {
		return withKey(TestApiKeys.keyFor(this.context, role));
	}

	/** The GraphQL client sending this key. */
	protected HttpGraphQlTester withKey(String key) {
		return this.graphQl.mutate().header(HttpHeaders.AUTHORIZATION, "Bearer " + key).build();
	}

	@DynamicPropertySource
	static void backend(DynamicPropertyRegistry registry) {
		TestBackend.register(registry);
	}

	/** The global id a record of the demo dataset has, from its readable key. */
	protected static String id(String type, String key) {
		return GlobalId.of(type, key).encode();
	}

	/**
	 * Runs a request that must fail with a {@code BAD_REQUEST} error naming the argument.
	 */
	protected static void expectBadRequest(GraphQlTester.Request<?> request, String argument) {
		expectBadRequest(request.execute(), argument);
	}

	/** The response carries a BAD_REQUEST error naming {@code argument}. */
	protected static void expectBadRequest(GraphQlTester.Response response, String argument) {
		response.errors()
			.expect((error) -> error.getErrorType().toString().equals("BAD_REQUEST")
					&& argument.equals(error.getExtensions().get("argument")))
			.verify();
	}

}
