package org.flashpoint.activity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.mongodb.client.model.Filters;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;

/** The rollup cells as stored, for tests that compare them with the events. */
final class StoredCells {

	private StoredCells() {
	}

	/** Every cell of every day, month and year document. */
	static List<ActivityCell> all(MongoOperations mongo) {
		return mongo.getCollection(RollupDocuments.COLLECTION)
			.find(Filters.in("kind", "DAY", "MONTH", "YEAR"))
			.batchSize(256)
			.into(new java.util.ArrayList<Document>())
			.stream()
			.flatMap((document) -> RollupDocuments.cells(document).stream())
			.toList();
	}

	/**
	 * The cells by document and breakdown, as what they count: a cell that decrements
	 * brought back to zero is as good as an absent one, and so is an actor counted 0
	 * times.
	 */
	static Map<String, ActivityCell> counting(MongoOperations mongo) {
		return all(mongo).stream()
			.map(StoredCells::normalised)
			.filter((cell) -> !cell.isEmpty())
			.collect(Collectors.toMap((cell) -> cell.key().documentId() + "#" + cell.key().breakdown().field(),
					(cell) -> cell, (a, b) -> a, TreeMap::new));
	}

	/** The spans of the places, by place id. */
	static Map<String, DaySpan> spans(MongoOperations mongo) {
		return mongo.getCollection(RollupDocuments.COLLECTION)
			.find(Filters.eq("kind", "PLACE"))
			.into(new java.util.ArrayList<Document>())
			.stream()
			.collect(Collectors.toMap((document) -> document.getString("_id"), RollupDocuments::span));
	}

	private static ActivityCell normalised(ActivityCell cell) {
		Map<String, Long> actors = cell.actors()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() != 0)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return new ActivityCell(cell.key(), cell.events(), cell.civilianEvents(), cell.fatalitiesBest(),
				cell.fatalitiesLow(), cell.fatalitiesHigh(), cell.goldsteinTenths(), cell.goldsteinCount(), actors);
	}

}
