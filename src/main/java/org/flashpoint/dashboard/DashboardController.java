package org.flashpoint.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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
 * The dashboard's page at {@code /}. Only the shell is rendered here — the panels'
 * landmarks, and the endpoints and asset paths the scripts read from the {@code data-*}
 * attributes of {@code <body>}, so the page has no inline script. ECharts and graphql-ws
 * come from their WebJars (the versions the build chose); the app's scripts, styles,
 * country shapes and queries are static files under {@code /dashboard/}.
 */
@Controller
class DashboardController {

	/**
	 * The first query the page sends, which the chart waits for: the shell preloads it
	 * (over GET, so it may be cached), so it is on its way before the scripts have
	 * loaded.
	 */
	static final String OVERVIEW = "static/dashboard/queries/Overview.graphql";

	private final String graphQlPath;

	private final String webSocketPath;

	private final String echartsJs;

	private final String graphqlWsJs;

	private final String overviewQuery;

	DashboardController(WebJarAssets webJars, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
			@Value("${spring.graphql.websocket.path:}") String webSocketPath) {
		this.graphQlPath = graphQlPath;
		this.webSocketPath = webSocketPath;
		this.echartsJs = webJars.path("echarts", "dist/echarts.min.js");
		this.graphqlWsJs = webJars.path("graphql-ws", "umd/graphql-ws.min.js");
		this.overviewQuery = "?query=" + URLEncoder.encode(ClasspathText.read(OVERVIEW), StandardCharsets.UTF_8)
				+ "&operationName=Overview";
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> dashboard(HttpServletRequest request) {
		String base = HtmlPage.escape(request.getContextPath());
		String webSocket = StringUtils.hasText(this.webSocketPath)
				? HtmlPage.escape(request.getContextPath() + this.webSocketPath) : "";
		String endpoint = request.getContextPath() + this.graphQlPath;
		return HtmlPage.of(DashboardPage.render(base, HtmlPage.escape(endpoint), webSocket, this.echartsJs,
				this.graphqlWsJs, HtmlPage.escape(endpoint + this.overviewQuery)));
	}

}
