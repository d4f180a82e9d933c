package org.flashpoint.graphql;

import jakarta.servlet.http.HttpServletRequest;
import org.flashpoint.web.ClasspathText;
import org.flashpoint.web.HtmlPage;
import org.flashpoint.web.WebJarAssets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL at {@code /graphiql}, served entirely by this app so that it works offline.
 * <p>
 * Spring Boot's own GraphiQL page loads its scripts from a CDN, so it is switched off
 * ({@code spring.graphql.graphiql.enabled=false}). This page loads the UMD builds of
 * GraphiQL, React and ReactDOM from their WebJars (under {@code /webjars/}, with the
 * versions found on the classpath) and a small start script from
 * {@code static/graphiql/}. The start script reads its settings from the {@code data-*}
 * attributes of the {@code #graphiql} element, so the page has no inline script and a
 * strict Content-Security-Policy. The editor opens with the example query in
 * {@code graphiql/example-query.graphql}, or with the {@code query} (and
 * {@code variables}) of the page's URL: the dashboard's "show query" links open its
 * queries here.
 */
@Controller
class GraphiQlController {

	/** Where the example query shown when GraphiQL first opens lives on the classpath. */
	static final String EXAMPLE_QUERY = "graphiql/example-query.graphql";

	private final String graphQlPath;

	private final String webSocketPath;

	private final String exampleQuery;

	private final String graphiqlCss;

	private final String graphiqlJs;

	private final String reactJs;

	private final String reactDomJs;

	GraphiQlController(WebJarAssets webJars, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
			@Value("${spring.graphql.websocket.path:}") String webSocketPath) {
		this.graphQlPath = graphQlPath;
		this.webSocketPath = webSocketPath;
		this.exampleQuery = ClasspathText.read(EXAMPLE_QUERY).stripTrailing();
		this.graphiqlCss = webJars.path("graphiql", "graphiql.min.css");
		this.graphiqlJs = webJars.path("graphiql", "graphiql.min.js");
		this.reactJs = webJars.path("react", "umd/react.production.min.js");
		this.reactDomJs = webJars.path("react-dom", "umd/react-dom.production.min.js");
	}

	@GetMapping(path = "/graphiql", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> graphiql(HttpServletRequest request) {
		String base = request.getContextPath();
		String subscriptions = StringUtils.hasText(this.webSocketPath)
				? "\n       data-subscription-endpoint=\"" + html(base + this.webSocketPath) + "\"" : "";
		String page = """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				  <meta charset="utf-8">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>Flashpoint · GraphiQL</title>
				  <link rel="stylesheet" href="%1$s%2$s">
				  <link rel="stylesheet" href="%1$s/graphiql/flashpoint-graphiql.css">
				</head>
				<body>
				  <div id="graphiql"
				       data-endpoint="%3$s"%4$s
				       data-default-query="%5$s">
				    <p class="graphiql-loading">Loading GraphiQL…</p>
				  </div>
				  <noscript>GraphiQL needs JavaScript. The GraphQL endpoint is <code>%3$s</code>.</noscript>
				  <script src="%1$s%6$s"></script>
				  <script src="%1$s%7$s"></script>
				  <script src="%1$s%8$s"></script>
				  <script src="%1$s/graphiql/flashpoint-graphiql.js"></script>
				</body>
				</html>
				""".formatted(html(base), this.graphiqlCss, html(base + this.graphQlPath), subscriptions,
				html(this.exampleQuery), this.reactJs, this.reactDomJs, this.graphiqlJs);
		return HtmlPage.of(page);
	}

	private static String html(String text) {
		return HtmlPage.escape(text);
	}

}
