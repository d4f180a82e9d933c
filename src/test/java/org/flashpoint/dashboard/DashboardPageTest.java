package org.flashpoint.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flashpoint.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * The dashboard at {@code /} is a page of this app that loads everything from this app:
 * its scripts from WebJars and {@code static/dashboard/}, its country shapes as a data
 * file (gzipped: 1.4 MB as it is), its queries as files a user can read. A real server,
 * because content types of static files and compression come from Tomcat, which MockMvc
 * does not run. (That the page works in a browser is checked by
 * {@code .ci/browser/dashboard.test.mjs} in Chromium.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "flashpoint.embedded.storage=memory")
class DashboardPageTest extends IntegrationTest {

	private static final Pattern ASSET = Pattern.compile("<(script|link)\\b[^>]*?\\b(?:src|href)=\"([^\"]*)\"");

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void servesThePageWithOnlyLocalAssets() throws Exception {
		HttpResponse<String> result = get("/");
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(contentType(result).isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(result.headers().firstValue("Content-Security-Policy")).get(STRING)
			.contains("default-src 'self'")
			.contains("script-src 'self'")
			.contains("connect-src 'self'")
			.doesNotContain("unsafe-eval");
		String page = result.body();
		assertThat(page).doesNotContain("<script>").contains("data-endpoint=\"/graphql\"");

		List<String> assets = assets(page);
		assertThat(assets).allSatisfy((url) -> assertThat(url).matches("/[^/].*|data:,"));
		assertThat(assets).anyMatch((url) -> url.matches("/webjars/echarts/[^/]+/dist/echarts\\.min\\.js"))
			.anyMatch((url) -> url.matches("/webjars/graphql-ws/[^/]+/umd/graphql-ws\\.min\\.js"))
			.contains("/dashboard/js/main.js", "/dashboard/dashboard.css", "/dashboard/geo/countries-50m.geojson",
					"/dashboard/queries/MapEvents.graphql", "/dashboard/queries/fragments/LiveEvent.graphql");
		String overview = assets.stream().filter((url) -> url.startsWith("/graphql?")).findFirst().orElseThrow();
		HttpResponse<String> preloaded = get(HtmlUtils.htmlUnescape(overview));
		assertThat(preloaded.statusCode()).isEqualTo(200);
		assertThat(preloaded.body()).contains("\"latest\"").contains("\"world\"").doesNotContain("\"errors\"");
		assertThat(preloaded.headers().firstValue("Cache-Control")).contains("public, max-age=60");
		for (String url : assets) {
			if (url.startsWith("data:") || url.startsWith("/graphql?")) {
				continue;
			}
			HttpResponse<String> asset = get(url);
			assertThat(asset.statusCode()).as(url).isEqualTo(200);
			assertThat(asset.body()).as(url).isNotEmpty();
			String expected = url.endsWith(".js") ? "javascript"
					: url.endsWith(".css") ? "css" : url.endsWith(".graphql") ? "plain" : "geo+json";
			assertThat(contentType(asset).getSubtype()).as(url).isEqualTo(expected);
		}
	}

	@Test
	void sendsTheCountryShapesGzipped() throws Exception {
		HttpResponse<byte[]> shapes = this.client
			.send(HttpRequest.newBuilder(uri("/dashboard/geo/countries-50m.geojson"))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(shapes.statusCode()).isEqualTo(200);
		assertThat(shapes.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(shapes.body().length).as("compressed bytes").isLessThan(600_000);
	}

	@Test
	void preloadsEveryModuleOfTheDashboard() throws IOException {
		List<String> modules = new ArrayList<>();
		for (Resource script : new PathMatchingResourcePatternResolver()
			.getResources("classpath:static/dashboard/js/*.js")) {
			modules.add(script.getFilename().replace(".js", ""));
		}
		modules.remove("main");
		assertThat(DashboardPage.MODULES).containsExactlyInAnyOrderElementsOf(modules);
	}

	@Test
	void servesTheQueriesAsTextAUserCanRead() throws Exception {
		HttpResponse<String> result = get("/dashboard/queries/MapEvents.graphql");
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(contentType(result).isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue();
		assertThat(contentType(result).getCharset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(result.body()).contains("query MapEvents(");
	}

	@Test
	void shipsCountryShapesNamedByIsoCode() throws IOException {
		Resource shapes = new PathMatchingResourcePatternResolver()
			.getResource("classpath:static/dashboard/geo/countries-50m.geojson");
		JsonNode collection = JsonMapper.shared().readTree(shapes.getInputStream());
		assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
		Set<String> codes = new HashSet<>();
		for (JsonNode feature : collection.get("features")) {
			assertThat(feature.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
			assertThat(feature.get("properties").get("name").asString()).isNotBlank();
			JsonNode iso3 = feature.get("properties").get("iso3");
			if (!iso3.isNull()) {
				assertThat(iso3.asString()).matches("[A-Z]{3}");
				codes.add(iso3.asString());
			}
		}
		assertThat(codes).hasSizeGreaterThan(200)
			.contains("ISR", "PSE", "LBN", "SYR", "IRN", "EGY", "RUS", "UKR", "QAT")
			.doesNotContain("ATA");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(uri(path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static MediaType contentType(HttpResponse<?> response) {
		return MediaType.parseMediaType(response.headers().firstValue("Content-Type").orElseThrow());
	}

	private static List<String> assets(String page) {
		List<String> urls = new ArrayList<>();
		Matcher matcher = ASSET.matcher(page);
		while (matcher.find()) {
			urls.add(matcher.group(2));
		}
		return urls;
	}

}
