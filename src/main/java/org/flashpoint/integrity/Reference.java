package org.flashpoint.integrity;

import org.flashpoint.core.RecordType;
import java.util.List;

/**
 * One kind of reference between stored records: the documents of {@code collection}
 * (those matching {@code only}, if set) hold at {@code path} keys of documents in
 * {@code target}.
 *
 * @param type the GraphQL type of the referring records
 * @param collection where the referring records are stored
 * @param path the dotted field path of the keys; arrays on the way are walked
 * @param targetType the GraphQL type the keys must resolve to
 * @param target the collection that must hold every key
 * @param onlyField with {@code onlyValue}: checks only documents whose field has this
 * value
 */
record Reference(String type, String collection, String path, String targetType, String target, String onlyField,
		String onlyValue) {

	static Reference of(RecordType type, String collection, String path, RecordType targetType, String target) {
		return new Reference(type.typeName(), collection, path, targetType.typeName(), target, null, null);
	}

	Reference where(String field, String value) {
		return new Reference(this.type, this.collection, this.path, this.targetType, this.target, field, value);
	}

	/** The field as a user reads it: {@code Event.participants.actorId}. */
	String field() {
		return this.type + "." + this.path;
	}

	/**
	 * Every reference Flashpoint stores, by the collections and fields its documents use.
	 */
	static final List<Reference> ALL = List.of(
			of(RecordType.EVENT, "events", "initiatorId", RecordType.ACTOR, "actors"),
			of(RecordType.EVENT, "events", "targetId", RecordType.ACTOR, "actors"),
			of(RecordType.EVENT, "events", "participants.actorId", RecordType.ACTOR, "actors"),
			of(RecordType.EVENT, "events", "actorIds", RecordType.ACTOR, "actors"),
			of(RecordType.EVENT, "events", "regionId", RecordType.REGION, "regions"),
			of(RecordType.EVENT, "events", "reports.sourceId", RecordType.SOURCE, "sources"),
			of(RecordType.EVENT, "events", "links.eventId", RecordType.EVENT, "events"),
			of(RecordType.STATEMENT, "statements", "speakerId", RecordType.ACTOR, "actors"),
			of(RecordType.STATEMENT, "statements", "addresseeIds", RecordType.ACTOR, "actors"),
			of(RecordType.STATEMENT, "statements", "mentionIds", RecordType.ACTOR, "actors"),
			of(RecordType.STATEMENT, "statements", "aboutEventIds", RecordType.EVENT, "events"),
			of(RecordType.STATEMENT, "statements", "regionId", RecordType.REGION, "regions"),
			of(RecordType.STATEMENT, "statements", "reports.sourceId", RecordType.SOURCE, "sources"),
			of(RecordType.ACTOR, "actors", "affiliationIds", RecordType.ACTOR, "actors"),
			of(RecordType.ACTOR, "actors", "roles.organizationId", RecordType.ACTOR, "actors"),
			of(RecordType.REGION, "regions", "parentId", RecordType.REGION, "regions"),
			new Reference("Tombstone", "tombstones", "mergedInto", RecordType.ACTOR.typeName(), "actors", null, null)
				.where("recordType", RecordType.ACTOR.name()));

}
