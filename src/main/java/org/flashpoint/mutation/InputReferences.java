package org.flashpoint.mutation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.NodeDocument;
import org.flashpoint.core.RecordRedirects;
import org.flashpoint.core.UserErrors;
import org.flashpoint.core.UserErrorCode;
import org.flashpoint.core.InputIds;

/**
 * Checks the ids a mutation's input refers to: each must be an id of this API, of the
 * expected type, of a record that exists. All references of one input are checked with
 * one query per type. An id of an actor merged into another refers to the kept actor.
 */
@Component
public class InputReferences {

	private final MongoTemplate mongo;

	private final RecordRedirects redirects;

	public InputReferences(MongoTemplate mongo, RecordRedirects redirects) {
		this.mongo = mongo;
		this.redirects = redirects;
	}

	/** A new check whose problems go to {@code errors}. */
	public Check check(UserErrors errors) {
		return new Check(errors);
	}

	/** The references of one input, verified together. */
	public final class Check {

		private final UserErrors errors;

		private final List<Ref> refs = new ArrayList<>();

		private Check(UserErrors errors) {
			this.errors = errors;
		}

		/** A reference at a path; {@code null} when the id is {@code null}. */
		public Ref of(Class<? extends NodeDocument> type, String id, Object... path) {
			if (id == null) {
				return null;
			}
			String key = InputIds.key(this.errors, id, RecordType.of(type).typeName(), path);
			Ref ref = new Ref(type, key, path);
			if (key != null) {
				this.refs.add(ref);
			}
			return ref;
		}

		/**
		 * The references of a list, each at its index below the path; empty for
		 * {@code null}.
		 */
		public List<Ref> all(Class<? extends NodeDocument> type, List<String> ids, Object... path) {
			if (ids == null) {
				return List.of();
			}
			List<Ref> all = new ArrayList<>();
			for (int i = 0; i < ids.size(); i++) {
				all.add(of(type, ids.get(i), Stream.concat(Stream.of(path), Stream.of(i)).toArray()));
			}
			return all;
		}

		/** Looks the references up and reports the ones without a record as NOT_FOUND. */
		public void verify() {
			Map<Class<? extends NodeDocument>, List<Ref>> byType = this.refs.stream()
				.collect(Collectors.groupingBy(Ref::type));
			byType.forEach((type, refs) -> {
				Set<String> keys = refs.stream().map(Ref::key).collect(Collectors.toSet());
				Set<String> existing = existing(type, keys);
				Map<String, String> moved = keys.stream().allMatch(existing::contains) ? Map.of()
						: InputReferences.this.redirects.redirects(type,
								keys.stream().filter((key) -> !existing.contains(key)).toList());
				for (Ref ref : refs) {
					if (moved.containsKey(ref.key)) {
						ref.key = moved.get(ref.key);
					}
					else if (!existing.contains(ref.key)) {
						this.errors.add(UserErrorCode.NOT_FOUND,
								"No %s has this id".formatted(RecordType.of(type).noun()), ref.path);
					}
				}
			});
		}

		private Set<String> existing(Class<? extends NodeDocument> type, Collection<String> keys) {
			Query query = Query.query(Criteria.where("_id").in(keys));
			query.fields().include("_id");
			return InputReferences.this.mongo
				.find(query, org.bson.Document.class, InputReferences.this.mongo.getCollectionName(type))
				.stream()
				.map((document) -> document.getString("_id"))
				.collect(Collectors.toSet());
		}

	}

	/**
	 * One referenced record; after {@link Check#verify()}, {@link #key()} is the key to
	 * store.
	 */
	public static final class Ref {

		private final Class<? extends NodeDocument> type;

		private final Object[] path;

		private String key;

		private Ref(Class<? extends NodeDocument> type, String key, Object[] path) {
			this.type = type;
			this.key = key;
			this.path = path;
		}

		public String key() {
			return this.key;
		}

		Class<? extends NodeDocument> type() {
			return this.type;
		}

		/** The keys of references, {@code null}s left out, each once. */
		public static List<String> keys(Collection<Ref> refs) {
			return refs.stream().filter((ref) -> ref != null && ref.key != null).map(Ref::key).distinct().toList();
		}

		/** The key of a reference that may be absent. */
		public static String keyOf(Ref ref) {
			return (ref != null) ? ref.key : null;
		}

	}

}
