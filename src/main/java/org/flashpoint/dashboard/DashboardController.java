package org.flashpoint.dashboard;

import jakarta.servlet.http.HttpServletRequest;
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

	private final String graphQlPath;

	private final String webSocketPath;

	private final String echartsJs;

	private final String graphqlWsJs;

	DashboardController(WebJarAssets webJars, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
			@Value("${spring.graphql.websocket.path:}") String webSocketPath) {
		this.graphQlPath = graphQlPath;
		this.webSocketPath = webSocketPath;
		this.echartsJs = webJars.path("echarts", "dist/echarts.min.js");
		this.graphqlWsJs = webJars.path("graphql-ws", "umd/graphql-ws.min.js");
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> dashboard(HttpServletRequest request) {
		String base = HtmlPage.escape(request.getContextPath());
		String webSocket = StringUtils.hasText(this.webSocketPath)
				? HtmlPage.escape(request.getContextPath() + this.webSocketPath) : "";
		return HtmlPage.of(DashboardPage.render(base, HtmlPage.escape(request.getContextPath() + this.graphQlPath),
				webSocket, this.echartsJs, this.graphqlWsJs));
	}

}
