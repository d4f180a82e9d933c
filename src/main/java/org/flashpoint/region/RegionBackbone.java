package org.flashpoint.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.flashpoint.change.RecordStore;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Attaches every country to the region tree, with the UN M49 regions as the backbone, so
 * that an import can give each event a region and region filters find imported data. It
 * grows the tree that is there (the demo's World, Europe, Eastern Europe, Iran…) instead
 * of building a second one beside it:
 * <ol>
 * <li>A COUNTRY region whose {@code countries} is exactly the country is its region (the
 * demo's {@code iran}, {@code syria}, {@code egypt}, {@code ukraine}, {@code russia}),
 * wherever it hangs: Egypt stays under the demo's Middle East, not under M49's Northern
 * Africa.</li>
 * <li>Otherwise a COUNTRY region {@code m49-<code>} with M49's name is created. Its
 * parent is the smallest AREA that covers the country, if there is one: an AREA is a
 * region drawn by hand around a conflict, and whoever filters on the demo's
 * Israel/Palestine expects the events of Israel and Palestine in it, so {@code m49-376}
 * Israel and {@code m49-275} State of Palestine go under {@code israel-palestine} (and so
 * under the Middle East), not under M49's Western Asia. Without such an AREA the parent
 * is M49's intermediate region, else its sub-region (SUBREGION regions
 * {@code m49-<code>}), under its region (a CONTINENT {@code m49-<code>}) under the root;
 * each level reuses a region of the same name and kind under the same parent (the demo's
 * {@code europe} and {@code eastern-europe}), and the root is the region of kind WORLD
 * (the demo's {@code world}, else {@code m49-001}). The demo's Middle East is no M49
 * region and no AREA, so the other Western Asian countries (Lebanon, Iraq, Saudi Arabia…)
 * go under M49's Asia → Western Asia although the Middle East lists them; a filter on the
 * Middle East finds their imported events only where a demo region holds them.</li>
 * <li>Every ancestor of a new country region lists the country in its
 * {@code countries}.</li>
 * </ol>
 * Antarctica, in no M49 region, hangs directly under the root.
 * <p>
 * Safe to call from two imports at once without transactions (the embedded server has
 * none): every region it creates has a key derived from its M49 code and is written with
 * an upsert that only sets fields on insert, so a race inserts it once; a country is
 * added to an ancestor only by the update that finds it missing. The country's own region
 * is written last, after its ancestors list the country, so once it exists the work is
 * complete and a repeated call costs one query. Created and changed regions are announced
 * in the change feed.
 */
@Component
public class RegionBackbone {

	/** The prefix of the keys of the regions this creates: {@code m49-404} is Kenya. */
	public static final String KEY_PREFIX = "m49-";

	private static final String WORLD_CODE = "001";

	private static final String COLLECTION = "regions";

	/**
	 * Deeper than any tree of regions; guards the walk up from a curated AREA against a
	 * cycle.
	 */
	private static final int MAX_DEPTH = 32;

	private final MongoTemplate mongo;

	private final RecordStore records;

	private final M49Table m49 = M49Table.standard();

	RegionBackbone(MongoTemplate mongo, RecordStore records) {
		this.mongo = mongo;
		this.records = records;
	}

	/**
	 * The key of the region that stands for a country, creating it and the regions above
	 * it where they are missing. Calling it again returns the same key and writes
	 * nothing.
	 * @param iso3 an ISO 3166-1 alpha-3 code in capitals ("KEN")
	 * @return the key of the country's COUNTRY region ("m49-404", or the demo's "iran")
	 * @throws UnknownCountryException for anything that is not such a code ("XXX", "ken",
	 * {@code null}); nothing is written then
	 */
	/**
	 * The region a record of a country belongs in, for writers that place records by
	 * their country: {@link #ensureCountry(String)}, and empty where there is no country
	 * or it has no place in M49 (a code validation let through, such as Antarctica's
	 * neighbours, or a reader's unconverted one).
	 */
	public Optional<String> regionOf(String iso3) {
		if (iso3 == null || this.m49.area(iso3).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(ensureCountry(iso3));
	}

	public String ensureCountry(String iso3) {
		M49Table.Area area = this.m49.area(iso3).orElseThrow(() -> new UnknownCountryException(iso3));
		Optional<String> existing = countryRegion(iso3);
		if (existing.isPresent()) {
			return existing.get();
		}
		List<String> ancestors = ancestors(area);
		for (String ancestor : ancestors) {
			addCountry(ancestor, iso3);
		}
		return insertIfAbsent(KEY_PREFIX + area.code(), area.name(), RegionKind.COUNTRY,
				ancestors.get(ancestors.size() - 1), iso3);
	}

	/**
	 * The COUNTRY region of exactly this country; of several, the first by key, as
	 * {@link RegionTree#regionOfCountry} picks.
	 */
	private Optional<String> countryRegion(String iso3) {
		Query query = Query
			.query(Criteria.where("kind").is(RegionKind.COUNTRY.name()).and("countries").is(List.of(iso3)))
			.with(Sort.by("_id"))
			.limit(1);
		query.fields().include("_id");
		return Optional.ofNullable(this.mongo.findOne(query, Document.class, COLLECTION))
			.map((region) -> region.getString("_id"));
	}

	/**
	 * The keys from the root down to the new country region's parent, creating what is
	 * missing.
	 */
	private List<String> ancestors(M49Table.Area area) {
		Optional<Region> curated = smallestAreaCovering(area.iso3());
		if (curated.isPresent()) {
			return pathFromRoot(curated.get());
		}
		List<String> path = new ArrayList<>();
		path.add(root(area.iso3()));
		for (M49Table.Group group : area.groups()) {
			RegionKind kind = path.size() == 1 ? RegionKind.CONTINENT : RegionKind.SUBREGION;
			path.add(level(path.get(path.size() - 1), kind, group, area.iso3()));
		}
		return path;
	}

	private Optional<Region> smallestAreaCovering(String iso3) {
		Query query = Query.query(Criteria.where("kind").is(RegionKind.AREA).and("countries").is(iso3));
		return this.mongo.find(query, Region.class)
			.stream()
			.min(Comparator.comparing((Region region) -> region.countries().size()).thenComparing(Region::id));
	}

	private List<String> pathFromRoot(Region region) {
		List<String> path = new ArrayList<>();
		Region current = region;
		while (current != null && path.size() < MAX_DEPTH) {
			path.add(current.id());
			current = (current.parentId() != null) ? this.mongo.findById(current.parentId(), Region.class) : null;
		}
		Collections.reverse(path);
		return path;
	}

	/**
	 * The region of kind WORLD without a parent (the demo's {@code world}), else
	 * {@code m49-001}.
	 */
	private String root(String iso3) {
		Query query = Query.query(Criteria.where("kind").is(RegionKind.WORLD.name()).and("parentId").is(null))
			.with(Sort.by("_id"))
			.limit(1);
		query.fields().include("_id");
		Document root = this.mongo.findOne(query, Document.class, COLLECTION);
		return (root != null) ? root.getString("_id")
				: insertIfAbsent(KEY_PREFIX + WORLD_CODE, "World", RegionKind.WORLD, null, iso3);
	}

	/** The region of this name and kind under the parent, else {@code m49-<code>}. */
	private String level(String parentId, RegionKind kind, M49Table.Group group, String iso3) {
		Query query = Query
			.query(Criteria.where("parentId").is(parentId).and("kind").is(kind.name()).and("name").is(group.name()))
			.with(Sort.by("_id"))
			.limit(1);
		query.fields().include("_id");
		Document existing = this.mongo.findOne(query, Document.class, COLLECTION);
		return (existing != null) ? existing.getString("_id")
				: insertIfAbsent(KEY_PREFIX + group.code(), group.name(), kind, parentId, iso3);
	}

	/**
	 * Inserts a region covering the country unless its key exists: the fields are only
	 * set on insert, so of two concurrent calls one inserts and the other changes
	 * nothing.
	 * @return the key
	 */
	private String insertIfAbsent(String key, String name, RegionKind kind, String parentId, String iso3) {
		this.records.insertIfAbsent(new Region(key, name, kind, List.of(iso3), parentId, null, null, null, null));
		return key;
	}

	/**
	 * Adds the country to a region that does not list it yet, as a new version of that
	 * region.
	 */
	private void addCountry(String key, String iso3) {
		this.records.updateIf(Region.class, key, Criteria.where("countries").ne(iso3),
				new Update().addToSet("countries", iso3));
	}

}
