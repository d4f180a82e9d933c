package org.flashpoint.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.StreamUtils;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code /graphiql} is our own page, and everything it loads comes from this app: the
 * page works without internet access. (That the page really renders in a browser is
 * checked by {@code .ci/graphiql-check.sh} with headless Chromium.)
 */
@SpringBootTest(properties = "flashpoint.embedded.storage=memory")
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class GraphiQlControllerTest {

	private static final Pattern ASSET = Pattern.compile("<(script|link)\\b[^>]*?\\b(?:src|href)=\"([^\"]*)\"");

	private static final Pattern DEFAULT_QUERY = Pattern.compile("data-default-query=\"([^\"]*)\"");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private HttpGraphQlTester graphQl;

	@Test
	void servesAPageThatLoadsOnlyLocalAssets() throws Exception {
		MvcResult result = this.mvc.perform(get("/graphiql").accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(
				MediaType.parseMediaType(result.getResponse().getContentType()).isCompatibleWith(MediaType.TEXT_HTML))
			.isTrue();
		assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'")
			.contains("script-src 'self'")
			.doesNotContain("unsafe-eval");
		String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).doesNotContain("://").doesNotContain("src=\"//").doesNotContain("href=\"//");
		List<String> assets = assets(page);
		assertThat(assets).allSatisfy((url) -> assertThat(url).startsWith("/").doesNotStartWith("//"));
		assertThat(assets).anyMatch((url) -> url.matches("/webjars/react/[^/]+/umd/react\\.production\\.min\\.js"))
			.anyMatch((url) -> url.matches("/webjars/react-dom/[^/]+/umd/react-dom\\.production\\.min\\.js"))
			.anyMatch((url) -> url.matches("/webjars/graphiql/[^/]+/graphiql\\.min\\.js"))
			.anyMatch((url) -> url.matches("/webjars/graphiql/[^/]+/graphiql\\.min\\.css"))
			.contains("/graphiql/flashpoint-graphiql.js", "/graphiql/flashpoint-graphiql.css");

		for (String url : assets) {
			MvcResult asset = this.mvc.perform(get(url)).andReturn();
			assertThat(asset.getResponse().getStatus()).as(url).isEqualTo(200);
			MediaType type = MediaType.parseMediaType(asset.getResponse().getContentType());
			if (url.endsWith(".js")) {
				assertThat(type.getSubtype()).as(url).isIn("javascript", "x-javascript", "ecmascript");
			}
			else {
				assertThat(type.isCompatibleWith(MediaType.valueOf("text/css"))).as(url + " is " + type).isTrue();
			}
			assertThat(asset.getResponse().getContentAsByteArray()).as(url).isNotEmpty();
		}
	}

	@Test
	void pointsGraphiQlAtTheGraphQlEndpointUnderTheContextPath() throws Exception {
		String page = this.mvc.perform(get("/console/graphiql").contextPath("/console"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("data-endpoint=\"/console/graphql\"")
			.contains("data-subscription-endpoint=\"/console/graphql\"");
		assertThat(assets(page)).isNotEmpty().allSatisfy((url) -> assertThat(url).startsWith("/console/"));
	}

	@Test
	void opensWithTheExampleQueryWhichIsValidAgainstTheSchema() throws Exception {
		String page = this.mvc.perform(get("/graphiql"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher defaultQuery = DEFAULT_QUERY.matcher(page);
		assertThat(defaultQuery.find()).isTrue();
		String query = HtmlUtils.htmlUnescape(defaultQuery.group(1));

		assertThat(query).isEqualTo(exampleQuery().stripTrailing())
			.startsWith("# Whom did Putin speak to, and who reported it?\nquery PutinsCalls {");
		this.graphQl.document(query)
			.execute()
			.errors()
			.verify()
			.path("actors.nodes[0].name")
			.entity(String.class)
			.isEqualTo("Vladimir Putin");
	}

	private static List<String> assets(String page) {
		List<String> urls = new ArrayList<>();
		Matcher matcher = ASSET.matcher(page);
		while (matcher.find()) {
			urls.add(HtmlUtils.htmlUnescape(matcher.group(2)));
		}
		return urls;
	}

	private static String exampleQuery() throws IOException {
		return StreamUtils.copyToString(new ClassPathResource(GraphiQlController.EXAMPLE_QUERY).getInputStream(),
				StandardCharsets.UTF_8);
	}

}
