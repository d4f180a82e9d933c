package org.flashpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questions a new user asks of the demo dataset in GraphiQL, one query each (the same
 * documents GraphiQL, the README and the Postman collection use).
 */
class DemoQueriesTest extends IntegrationTest {

	@Test
	void whomPutinSpokeToAndWhoReportedIt() {
		var response = this.graphQl.document(graphiQlExampleQuery()).execute();
		response.path("actors.nodes[0].name").entity(String.class).isEqualTo("Vladimir Putin");
		response.path("actors.nodes[0].events.totalCount").entity(Integer.class).isEqualTo(5);
		response.path("actors.nodes[0].events.nodes[*].target.name")
			.entityList(String.class)
			.containsExactly("Bashar al-Assad", "Ebrahim Raisi", "Mahmoud Abbas", "Benjamin Netanyahu",
					"Abdel Fattah al-Sisi");
		response.path("actors.nodes[0].events.nodes[*].type.code")
			.entityList(String.class)
			.satisfies((codes) -> assertThat(codes).containsOnly("041"));
		response.path("actors.nodes[0].events.nodes[0].type")
			.entity(Map.class)
			.isEqualTo(Map.of("code", "041", "name", "Discuss by telephone", "quadClass", "VERBAL_COOPERATION",
					"goldstein", 1.0));
		response.path("actors.nodes[0].events.nodes[0].reports[0].source.name")
			.entity(String.class)
			.isEqualTo("Interfax");
		response.path("actors.nodes[0].events.nodes[0].statements.nodes[0].speaker.name")
			.entity(String.class)
			.isEqualTo("Yuri Ushakov");
		response.path("actors.nodes[0].events.nodes[0].statements.nodes[0].quote")
			.entity(String.class)
			.isEqualTo("The president has already spoken to the president of Syria and the president of Iran.");
		response.path("actors.nodes[0].events.nodes[0].statements.nodes[0].reports[*].source.name")
			.entityList(String.class)
			.satisfies((sources) -> assertThat(sources).contains("Interfax"));
	}

	@Test
	void eventsWithFatalitiesInTheGazaStripSinceTheAttack() {
		var response = this.graphQl.documentName("gazaFatalities").execute();
		response.path("regions.nodes[0].name").entity(String.class).isEqualTo("Gaza Strip");
		response.path("regions.nodes[0].parent.name").entity(String.class).isEqualTo("Israel/Palestine");
		// the attack, and the Gaza health authorities' daily tolls of 7–29 October
		response.path("regions.nodes[0].events.totalCount").entity(Integer.class).isEqualTo(24);
		List<Map<String, Object>> events = response.path("regions.nodes[0].events.nodes")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.hasSize(24)
			.get();
		assertThat(events)
			.allSatisfy((event) -> assertThat((String) event.get("occurredOn")).isGreaterThanOrEqualTo("2023-10-07"));
		// the tolls add up to the cumulative count reported for 29 October, 8,005
		assertThat(
				events.stream().mapToInt((event) -> (Integer) ((Map<?, ?>) event.get("fatalities")).get("best")).sum())
			.isEqualTo(1400 + 8005);
		List<Map<String, Object>> byHamas = events.stream()
			.filter((event) -> "Hamas".equals(((Map<?, ?>) event.get("initiator")).get("name")))
			.toList();
		assertThat(byHamas).hasSize(1);
		Map<String, Object> attack = byHamas.get(0);
		assertThat(attack.get("occurredOn")).isEqualTo("2023-10-07");
		Map<?, ?> fatalities = (Map<?, ?>) attack.get("fatalities");
		assertThat(List.of(fatalities.get("best"), fatalities.get("low"))).isEqualTo(List.of(1400, 1400));
		assertThat(attack.get("initiator")).isEqualTo(Map.of("name", "Hamas", "kind", "ARMED_GROUP"));
		assertThat(attack.get("target")).isEqualTo(Map.of("name", "Israel"));
		assertThat(((Map<?, ?>) attack.get("type")).get("quadClass")).isEqualTo("MATERIAL_CONFLICT");
	}

	@Test
	void everythingIranSaidWithTheEventsItIsAbout() {
		var response = this.graphQl.documentName("iranStatements").execute();
		response.path("actors.nodes[0].name").entity(String.class).isEqualTo("Iran");
		response.path("actors.nodes[0].statements.totalCount").entity(Integer.class).isEqualTo(1);
		response.path("actors.nodes[0].statements.nodes[0].kind").entity(String.class).isEqualTo("WARNING");
		response.path("actors.nodes[0].statements.nodes[0].summary")
			.entity(String.class)
			.isEqualTo("Any invasion of Gaza would provoke a substantial response.");
		response.path("actors.nodes[0].statements.nodes[0].cameoType.quadClass")
			.entity(String.class)
			.isEqualTo("VERBAL_CONFLICT");
		response.path("actors.nodes[0].statements.nodes[0].addressees[*].name")
			.entityList(String.class)
			.containsExactly("Israel");
		response.path("actors.nodes[0].statements.nodes[0].about.nodes[*].type.code")
			.entityList(String.class)
			.containsExactly("154");
		response.path("actors.nodes[0].statements.nodes[0].about.nodes[0].initiator.name")
			.entity(String.class)
			.isEqualTo("Israel");
		response.path("actors.nodes[0].statements.nodes[0].about.nodes[0].target.name")
			.entity(String.class)
			.isEqualTo("Hamas");
	}

	/**
	 * GraphiQL opens on this question, so the page's example is tested as the user runs
	 * it.
	 */
	private static String graphiQlExampleQuery() {
		try {
			return new ClassPathResource("graphiql/example-query.graphql").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void demoDatasetIsComplete() {
		for (var expected : List.of(List.of("regions", 13), List.of("sources", 4), List.of("actors", 18),
				List.of("events", 55), List.of("statements", 5))) {
			this.graphQl.document("{ %s { totalCount } }".formatted(expected.get(0)))
				.execute()
				.path(expected.get(0) + ".totalCount")
				.entity(Integer.class)
				.isEqualTo(expected.get(1));
		}
	}

}
