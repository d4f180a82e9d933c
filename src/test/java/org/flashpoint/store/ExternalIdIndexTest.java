package org.flashpoint.store;

import java.util.List;

import org.bson.Document;
import org.flashpoint.IntegrationTest;
import org.flashpoint.actor.Actor;
import org.flashpoint.actor.ActorKind;
import org.flashpoint.core.ExternalId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An external id (system + id) belongs to one record; records without any do not collide.
 */
class ExternalIdIndexTest extends IntegrationTest {

	@Autowired
	private MongoTemplate mongo;

	@AfterEach
	void removeTestActors() {
		this.mongo.remove(Query.query(Criteria.where("name").regex("^Index test")), Actor.class);
	}

	@Test
	void aSecondRecordWithTheSameExternalIdIsRefused() {
		this.mongo.insert(actor("Index test 1", new ExternalId("UCDP", "test-1")));
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.mongo.insert(actor("Index test 2", new ExternalId("UCDP", "test-1"))));
	}

	@Test
	void theSameIdInAnotherSystemIsADifferentKey() {
		this.mongo.insert(actor("Index test 1", new ExternalId("UCDP", "test-1"), new ExternalId("ACLED", "test-2")));
		this.mongo.insert(actor("Index test 2", new ExternalId("ACLED", "test-1"), new ExternalId("UCDP", "test-2")));
		assertThat(this.mongo.count(Query.query(Criteria.where("name").regex("^Index test")), Actor.class))
			.isEqualTo(2);
	}

	@Test
	void recordsWithoutExternalIdsDoNotCollideAndStoreNoEmptyList() {
		this.mongo.insert(actor("Index test 1"));
		this.mongo.insert(actor("Index test 2"));
		Document stored = this.mongo.findOne(Query.query(Criteria.where("name").is("Index test 1")), Document.class,
				"actors");
		assertThat(stored).doesNotContainKey("externalIds");
		assertThat(
				this.mongo.findOne(Query.query(Criteria.where("name").is("Index test 1")), Actor.class).externalIds())
			.isEmpty();
	}

	private static Actor actor(String name, ExternalId... externalIds) {
		return new Actor(null, name, null, ActorKind.OTHER, null, null, null, List.of(externalIds), null, null, null,
				null);
	}

}
