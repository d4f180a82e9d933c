package org.flashpoint.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.webjars.WebJarVersionLocator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.StreamUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

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
 * {@code graphiql/example-query.graphql}.
 */
@Controller
class GraphiQlController {

	/** Where the example query shown when GraphiQL first opens lives on the classpath. */
	static final String EXAMPLE_QUERY = "graphiql/example-query.graphql";

	private static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "font-src 'self' data:", "connect-src 'self'",
			"object-src 'none'", "base-uri 'none'", "frame-ancestors 'self'");

	private final String graphQlPath;

	private final String webSocketPath;

	private final String exampleQuery;

	private final String graphiqlCss;

	private final String graphiqlJs;

	private final String reactJs;

	private final String reactDomJs;

	GraphiQlController(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
			@Value("${spring.graphql.websocket.path:}") String webSocketPath) {
		this.graphQlPath = graphQlPath;
		this.webSocketPath = webSocketPath;
		this.exampleQuery = read(EXAMPLE_QUERY).stripTrailing();
		WebJarVersionLocator webJars = new WebJarVersionLocator();
		this.graphiqlCss = webJar(webJars, "graphiql", "graphiql.min.css");
		this.graphiqlJs = webJar(webJars, "graphiql", "graphiql.min.js");
		this.reactJs = webJar(webJars, "react", "umd/react.production.min.js");
		this.reactDomJs = webJar(webJars, "react-dom", "umd/react-dom.production.min.js");
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
				  <link rel="stylesheet" href="%1$s/webjars/%2$s">
				  <link rel="stylesheet" href="%1$s/graphiql/flashpoint-graphiql.css">
				</head>
				<body>
				  <div id="graphiql"
				       data-endpoint="%3$s"%4$s
				       data-default-query="%5$s">
				    <p class="graphiql-loading">Loading GraphiQL…</p>
				  </div>
				  <noscript>GraphiQL needs JavaScript. The GraphQL endpoint is <code>%3$s</code>.</noscript>
				  <script src="%1$s/webjars/%6$s"></script>
				  <script src="%1$s/webjars/%7$s"></script>
				  <script src="%1$s/webjars/%8$s"></script>
				  <script src="%1$s/graphiql/flashpoint-graphiql.js"></script>
				</body>
				</html>
				""".formatted(html(base), this.graphiqlCss, html(base + this.graphQlPath), subscriptions,
				html(this.exampleQuery), this.reactJs, this.reactDomJs, this.graphiqlJs);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.body(page);
	}

	private static String webJar(WebJarVersionLocator webJars, String webJar, String file) {
		String path = webJars.path(webJar, file);
		if (path == null) {
			throw new IllegalStateException("WebJar asset " + webJar + "/" + file + " is not on the classpath");
		}
		return path;
	}

	private static String read(String location) {
		try {
			return StreamUtils.copyToString(new ClassPathResource(location).getInputStream(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + location, ex);
		}
	}

	private static String html(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

}
