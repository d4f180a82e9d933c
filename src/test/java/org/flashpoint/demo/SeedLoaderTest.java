package org.flashpoint.demo;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.flashpoint.IntegrationTest;
import org.flashpoint.actor.Actor;
import org.flashpoint.actor.ActorRole;
import org.flashpoint.event.Event;
import org.flashpoint.event.EventLink;
import org.flashpoint.event.Participant;
import org.flashpoint.region.Region;
import org.flashpoint.source.Report;
import org.flashpoint.source.Source;
import org.flashpoint.statement.Statement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The demo dataset loads once, completely and consistently, and never into a database
 * that holds data.
 */
class SeedLoaderTest extends IntegrationTest {

	@Autowired
	private SeedLoader seedLoader;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void loadsEveryRecordOfTheDatasetFile() {
		DemoDataset dataset = this.seedLoader.read(SeedLoader.DATASET);
		assertThat(this.mongo.count(new Query(), Region.class)).isEqualTo(dataset.regions().size());
		assertThat(this.mongo.findAll(Actor.class)).extracting(Actor::id)
			.containsExactlyInAnyOrderElementsOf(dataset.actors().stream().map(Actor::id).toList());
		assertThat(this.mongo.findAll(Event.class)).extracting(Event::id)
			.containsExactlyInAnyOrderElementsOf(dataset.events().stream().map(Event::id).toList());
		assertThat(this.mongo.findAll(Statement.class)).hasSize(dataset.statements().size());
		assertThat(this.mongo.findAll(Source.class)).hasSize(dataset.sources().size());
	}

	@Test
	void storedRecordsAreVersionedAndAudited() {
		Event attack = this.mongo.findById("hamas-attack-2023-10-07", Event.class);
		assertThat(attack.version()).isZero();
		assertThat(attack.createdAt()).isNotNull();
		assertThat(attack.updatedAt()).isNotNull();
		assertThat(attack.actorIds()).containsExactly("hamas", "israel");
		assertThat(attack.type().rootCode()).isEqualTo("19");
		Actor sisi = this.mongo.findById("abdel-fattah-al-sisi", Actor.class);
		assertThat(sisi.searchTerms()).contains("sisi", "el", "abdel", "abdel fattah al sisi");
	}

	@Test
	void doesNotTouchADatabaseThatHoldsData() {
		long before = this.mongo.count(new Query(), Actor.class);
		assertThat(this.seedLoader.databaseIsEmpty()).isFalse();
		this.seedLoader.afterSingletonsInstantiated();
		assertThat(this.mongo.count(new Query(), Actor.class)).isEqualTo(before);
	}

	@Test
	void everyReferenceInTheDatasetResolves() {
		DemoDataset dataset = this.seedLoader.read(SeedLoader.DATASET);
		Set<String> regions = keys(dataset.regions().stream().map(Region::id));
		Set<String> sources = keys(dataset.sources().stream().map(Source::id));
		Set<String> actors = keys(dataset.actors().stream().map(Actor::id));
		Set<String> events = keys(dataset.events().stream().map(Event::id));
		for (Region region : dataset.regions()) {
			assertThat(region.parentId() == null || regions.contains(region.parentId())).as(region.id()).isTrue();
		}
		for (Actor actor : dataset.actors()) {
			assertThat(actors).as(actor.id()).containsAll(actor.affiliationIds());
			assertThat(actors).as(actor.id())
				.containsAll(actor.roles().stream().map(ActorRole::organizationId).toList());
		}
		for (Event event : dataset.events()) {
			assertThat(actors).as(event.id())
				.containsAll(event.allParticipants().stream().map(Participant::actorId).toList());
			assertThat(regions).as(event.id()).contains(event.regionId());
			assertThat(events).as(event.id()).containsAll(event.links().stream().map(EventLink::eventId).toList());
			assertThat(sources).as(event.id()).containsAll(sourceIds(event.reports()));
			assertThat(event.type().quadClass()).as(event.id()).isNotNull();
		}
		for (Statement statement : dataset.statements()) {
			assertThat(actors).as(statement.id()).contains(statement.speakerId());
			assertThat(actors).as(statement.id())
				.containsAll(statement.mentionIds())
				.containsAll(statement.addresseeIds());
			assertThat(events).as(statement.id()).containsAll(statement.aboutEventIds());
			assertThat(regions).as(statement.id()).contains(statement.regionId());
			assertThat(sources).as(statement.id()).containsAll(sourceIds(statement.reports()));
		}
	}

	@Test
	void aDatasetWithAnUnknownKeyIsRefusedRatherThanHalfRead() {
		String misspelt = """
				{"description": "x", "regions": [], "sources": [], "events": [], "statements": [],
				 "actors": [{"id": "a", "name": "A", "kind": "STATE", "contry": "RUS"}]}""";
		assertThatException()
			.isThrownBy(() -> this.seedLoader.read(new ByteArrayResource(misspelt.getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("contry");
	}

	private static Set<String> keys(Stream<String> ids) {
		List<String> all = ids.toList();
		Set<String> unique = new HashSet<>(all);
		assertThat(unique).as("keys are unique").hasSameSizeAs(all);
		return unique;
	}

	private static List<String> sourceIds(List<Report> reports) {
		return reports.stream().map(Report::sourceId).filter((id) -> id != null).toList();
	}

}
