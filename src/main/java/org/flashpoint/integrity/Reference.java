package org.flashpoint.integrity;

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

	static Reference of(String type, String collection, String path, String targetType, String target) {
		return new Reference(type, collection, path, targetType, target, null, null);
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
	static final List<Reference> ALL = List.of(of("Event", "events", "initiatorId", "Actor", "actors"),
			of("Event", "events", "targetId", "Actor", "actors"),
			of("Event", "events", "participants.actorId", "Actor", "actors"),
			of("Event", "events", "actorIds", "Actor", "actors"),
			of("Event", "events", "regionId", "Region", "regions"),
			of("Event", "events", "reports.sourceId", "Source", "sources"),
			of("Event", "events", "links.eventId", "Event", "events"),
			of("Statement", "statements", "speakerId", "Actor", "actors"),
			of("Statement", "statements", "addresseeIds", "Actor", "actors"),
			of("Statement", "statements", "mentionIds", "Actor", "actors"),
			of("Statement", "statements", "aboutEventIds", "Event", "events"),
			of("Statement", "statements", "regionId", "Region", "regions"),
			of("Statement", "statements", "reports.sourceId", "Source", "sources"),
			of("Actor", "actors", "affiliationIds", "Actor", "actors"),
			of("Actor", "actors", "roles.organizationId", "Actor", "actors"),
			of("Region", "regions", "parentId", "Region", "regions"),
			of("Tombstone", "tombstones", "mergedInto", "Actor", "actors").where("recordType", "ACTOR"));

}
