package org.flashpoint.dashboard;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The dashboard's HTML shell: landmarks, headings and the empty panels the scripts fill.
 * Every panel is a labelled region with a "Show query" link and, beside each chart, the
 * table that says the same in text (for screen readers and for copying figures).
 */
final class DashboardPage {

	/**
	 * The scripts main.js imports: named in the page so the browser fetches them at once
	 * rather than after main.js (a round trip saved before the first request is sent).
	 */
	static final List<String> MODULES = List.of("api", "dom", "escalation", "hotspots", "live", "map", "network",
			"panel", "search", "selection", "timeline");

	/**
	 * The query files of the first load (below {@code queries/}, fragments included),
	 * preloaded like the modules (see main.js).
	 */
	static final List<String> FIRST_QUERIES = List.of("MapEvents", "Hotspots", "Escalation", "Timeline", "LiveStart",
			"LiveEvents", "fragments/LiveEvent", "fragments/MapEvent", "fragments/ReportedBy");

	private DashboardPage() {
	}

	private static String preloads(String base) {
		Stream<String> modules = MODULES.stream()
			.map((module) -> "  <link rel=\"modulepreload\" href=\"" + base + "/dashboard/js/" + module + ".js\">");
		Stream<String> operations = FIRST_QUERIES.stream()
			.map((operation) -> "  <link rel=\"preload\" href=\"" + base + "/dashboard/queries/" + operation
					+ ".graphql\" as=\"fetch\" crossorigin=\"anonymous\">");
		return Stream.concat(modules, operations).collect(Collectors.joining("\n"));
	}

	/**
	 * The page. Every argument is already HTML-escaped.
	 * @param base the context path
	 * @param endpoint the GraphQL endpoint's path
	 * @param webSocket the graphql-ws endpoint's path, empty when there is none
	 * @param echartsJs the path of ECharts' browser build
	 * @param graphqlWsJs the path of graphql-ws's browser build
	 * @param overview the GET address of the Overview query, preloaded
	 * @return the whole page
	 */
	static String render(String base, String endpoint, String webSocket, String echartsJs, String graphqlWsJs,
			String overview) {
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				  <meta charset="utf-8">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>Flashpoint · dashboard</title>
				  <link rel="icon" href="data:,">
				  <link rel="stylesheet" href="%1$s/dashboard/dashboard.css">
				  <link rel="preload" href="%7$s" as="fetch" crossorigin="anonymous" data-operation="Overview">
				  <link rel="preload" href="%1$s/dashboard/geo/countries-50m.geojson" as="fetch" crossorigin="anonymous">
				%6$s
				</head>
				<body data-base="%1$s" data-endpoint="%2$s" data-subscription-endpoint="%3$s" data-graphiql="%1$s/graphiql">
				  <a class="skip-link" href="#panels">Skip to the panels</a>
				  <header class="top-bar">
				    <h1><a href="%1$s/">Flashpoint</a></h1>
				    <div class="search" role="search">
				      <label for="search-input" class="visually-hidden">Search actors, regions and events</label>
				      <input id="search-input" type="search" autocomplete="off" spellcheck="false"
				             placeholder="Search actors, regions, events…"
				             role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="search-results">
				      <ul id="search-results" role="listbox" aria-label="Search results" hidden></ul>
				      <p id="search-status" class="visually-hidden" role="status" aria-live="polite"></p>
				    </div>
				    <form id="period" class="period" aria-label="Period">
				      <label>From <input id="period-from" name="from" type="date"></label>
				      <label>to <input id="period-to" name="to" type="date"></label>
				    </form>
				    <span id="live-status" class="live-status" role="status" data-state="off">Live: off</span>
				    <a class="graphiql-link" href="%1$s/graphiql">GraphiQL</a>
				  </header>
				  <nav id="selection" class="selection" aria-label="Current selection" aria-live="polite"></nav>
				  <p id="notice" class="notice" role="alert" hidden></p>
				  <main id="panels" class="panels">
				    <section id="map-panel" class="panel panel-map" aria-labelledby="map-title" aria-busy="true">
				      <header><h2 id="map-title">Events on the map</h2><span id="map-count" class="count"></span>
				        <a class="show-query" data-query="MapEvents" href="%1$s/graphiql">Show query</a></header>
				      <div id="map" class="chart chart-map" role="img" aria-labelledby="map-title map-count"></div>
				      <p class="legend" id="map-legend"></p>
				      <p class="attribution">Country shapes: <a href="https://www.naturalearthdata.com/">Natural Earth</a> 1:50m (public domain), via world-atlas.</p>
				    </section>
				    <section id="escalation-panel" class="panel panel-escalation" aria-labelledby="escalation-title" aria-busy="true">
				      <header><h2 id="escalation-title">Escalation</h2><span id="escalation-level" class="count"></span>
				        <a class="show-query" data-query="Escalation" href="%1$s/graphiql">Show query</a></header>
				      <div id="escalation-chart" class="chart" role="img" aria-label="Weekly events and fatalities; the table beside it lists the same figures"></div>
				      <p class="hint">Drag across the chart to choose a period.</p>
				      <div class="table-scroll" tabindex="0" aria-label="Weekly figures">
				        <table id="escalation-table"><caption>Week by week</caption></table>
				      </div>
				    </section>
				    <section id="hotspots-panel" class="panel panel-hotspots" aria-labelledby="hotspots-title" aria-busy="true">
				      <header><h2 id="hotspots-title">Hotspots</h2><span id="hotspots-week" class="count"></span>
				        <a class="show-query" data-query="Hotspots" href="%1$s/graphiql">Show query</a></header>
				      <div class="table-scroll"><table id="hotspots-table"><caption class="visually-hidden">Places ranked by escalation; choose a row to select its region</caption></table></div>
				    </section>
				    <section id="network-panel" class="panel panel-network" aria-labelledby="network-title" aria-busy="false">
				      <header><h2 id="network-title">Actor network</h2><span id="network-actor" class="count"></span>
				        <a class="show-query" data-query="ActorNetwork" href="%1$s/graphiql">Show query</a></header>
				      <div id="network-chart" class="chart" role="img" aria-label="The selected actor's network; the list beside it names every link"></div>
				      <div class="table-scroll" tabindex="0" aria-label="Links">
				        <table id="network-table"><caption>Links, strongest first</caption></table>
				      </div>
				    </section>
				    <section id="timeline-panel" class="panel panel-timeline" aria-labelledby="timeline-title" aria-busy="true">
				      <header><h2 id="timeline-title">Timeline</h2><span id="timeline-count" class="count"></span>
				        <a class="show-query" data-query="Timeline" href="%1$s/graphiql">Show query</a></header>
				      <section id="event-panel" class="event-detail" aria-labelledby="event-title" hidden>
				        <header><h3 id="event-title">Event</h3>
				          <a class="show-query" data-query="EventDetail" href="%1$s/graphiql">Show query</a>
				          <button type="button" class="close" aria-label="Close the event">×</button></header>
				        <div id="event-body"></div>
				      </section>
				      <ol id="timeline" class="timeline"></ol>
				      <button id="timeline-more" type="button" class="more" hidden>Older items</button>
				    </section>
				  </main>
				  <footer class="footer">
				    <span id="budget"></span>
				    <span>Every panel is a query of the <a href="%1$s/graphiql">public GraphQL API</a>: use “Show query” to open it.</span>
				  </footer>
				  <noscript>The dashboard needs JavaScript. The GraphQL API is at <code>%2$s</code>.</noscript>
				  <script src="%1$s%4$s"></script>
				  <script src="%1$s%5$s"></script>
				  <script type="module" src="%1$s/dashboard/js/main.js"></script>
				</body>
				</html>
				"""
			.formatted(base, endpoint, webSocket, echartsJs, graphqlWsJs, preloads(base), overview);
	}

}
