package org.flashpoint.source;

import org.flashpoint.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Outlets, and the reports that tie them to what they carried. */
class SourceQueriesTest extends IntegrationTest {

	@Test
	void sourcesAndTheirIds() {
		this.graphQl
			.document("{ sources { totalCount nodes { id name domain country kind externalIds { system id } } } }")
			.execute()
			.path("sources.totalCount")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("sources.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Gaza Government Media Office", "Gaza Ministry of Health", "Interfax",
					"Tech for Palestine: Daily casualties – Gaza")
			.path("sources.nodes[2].id")
			.entity(String.class)
			.isEqualTo(id("Source", "interfax"))
			.path("sources.nodes[2].externalIds[0].id")
			.entity(String.class)
			.isEqualTo("interfax.ru");
	}

	@Test
	void aSourceById() {
		this.graphQl.document("query($id: ID!) { source(id: $id) { name country } }")
			.variable("id", id("Source", "interfax"))
			.execute()
			.path("source.country")
			.entity(String.class)
			.isEqualTo("RUS");
	}

	@Test
	void reportsOfAnEventNameTheirOutlets() {
		this.graphQl.document("query($id: ID!) { event(id: $id) { reports { source { name } excerpt } } }")
			.variable("id", id("Event", "putin-call-assad"))
			.execute()
			.path("event.reports[0].source.name")
			.entity(String.class)
			.isEqualTo("Interfax")
			.path("event.reports[0].excerpt")
			.entity(String.class)
			.isEqualTo("The president has already spoken to the president of Syria and the president of Iran.");
	}

}
