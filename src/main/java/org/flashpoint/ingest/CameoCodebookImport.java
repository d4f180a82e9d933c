package org.flashpoint.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.types.Binary;
import org.flashpoint.reference.cameo.CameoCodebook;
import org.flashpoint.reference.cameo.CameoFiles;
import org.flashpoint.reference.cameo.CodebookFormatException;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code format=cameo}: replaces the application's CAMEO codebook with uploaded tables,
 * under GDELT's file names (a zip of the lookup folder, or one file named with
 * {@code ?name=}). Tables not uploaded stay as they are. The uploaded tables are kept in
 * the database, so the codebook survives restarts and other instances take it up when
 * they start.
 */
@Component
public class CameoCodebookImport implements SmartInitializingSingleton {

	static final String COLLECTION = "cameo_codebook";

	static final List<String> FILE_NAMES = List.of(CameoFiles.EVENT_CODES, CameoFiles.GOLDSTEIN_SCALE,
			CameoFiles.COUNTRIES, CameoFiles.ACTOR_TYPES, CameoFiles.KNOWN_GROUPS, CameoFiles.ETHNIC_GROUPS,
			CameoFiles.RELIGIONS);

	/** A lookup table is a few hundred lines; anything this large is not one. */
	public static final int MAX_FILE_SIZE = 4 * 1024 * 1024;

	private final MongoTemplate mongo;

	private final CameoCodebook codebook;

	public CameoCodebookImport(MongoTemplate mongo, CameoCodebook codebook) {
		this.mongo = mongo;
		this.codebook = codebook;
	}

	/** Takes up the tables an earlier upload stored. */
	@Override
	public void afterSingletonsInstantiated() {
		Map<String, byte[]> stored = stored();
		if (!stored.isEmpty()) {
			this.codebook.replace(files(stored));
		}
	}

	/**
	 * Reads the uploaded tables with the stored and bundled ones for the rest, and only
	 * if that whole codebook reads, stores them and puts it in place.
	 * @param uploaded file contents by file name (a path's last segment counts)
	 * @return how many event codes the codebook now has
	 * @throws ImportFormatException for a file of no known name, or a codebook that
	 * breaks the rules
	 */
	public int importTables(Map<String, byte[]> uploaded) {
		Map<String, byte[]> tables = new HashMap<>();
		uploaded.forEach((name, content) -> tables.put(tableName(name, content), content));
		Map<String, byte[]> all = stored();
		all.putAll(tables);
		CameoFiles files = files(all);
		try {
			new CameoCodebook(files);
		}
		catch (CodebookFormatException ex) {
			throw new ImportFormatException("The codebook was not replaced: " + ex.getMessage(), ex);
		}
		Instant now = Instant.now();
		tables.forEach((name, content) -> this.mongo.getCollection(COLLECTION)
			.replaceOne(new Document("_id", name), new Document("_id", name).append("content", new Binary(content))
				.append("importedAt", Date.from(now)), new ReplaceOptions().upsert(true)));
		this.codebook.replace(files);
		return this.codebook.eventCodes().size();
	}

	private Map<String, byte[]> stored() {
		Map<String, byte[]> stored = new HashMap<>();
		for (Document document : this.mongo.getCollection(COLLECTION).find()) {
			stored.put(document.getString("_id"), document.get("content", Binary.class).getData());
		}
		return stored;
	}

	private static CameoFiles files(Map<String, byte[]> contents) {
		return CameoFiles.named((name) -> source(contents, name));
	}

	private static InputStreamSource source(Map<String, byte[]> contents, String name) {
		byte[] content = contents.get(name);
		return (content != null) ? new ByteArrayResource(content, name)
				: new ClassPathResource(CameoFiles.BUNDLED_LOCATION + name);
	}

	/**
	 * GDELT's name of an uploaded table: by its name, else (event codes, Goldstein scale)
	 * by its header.
	 */
	private static String tableName(String name, byte[] content) {
		if (content.length > MAX_FILE_SIZE) {
			throw new ImportFormatException(
					"%s is %,d bytes: too large for a CAMEO lookup table".formatted(name, content.length));
		}
		String fileName = name.substring(name.replace('\\', '/').lastIndexOf('/') + 1);
		if (FILE_NAMES.contains(fileName)) {
			return fileName;
		}
		String firstLine = new String(content, 0, Math.min(content.length, 200), StandardCharsets.UTF_8).lines()
			.findFirst()
			.orElse("")
			.strip()
			.toUpperCase();
		if (firstLine.equals("CAMEOEVENTCODE\tEVENTDESCRIPTION")) {
			return CameoFiles.EVENT_CODES;
		}
		if (firstLine.equals("CAMEOEVENTCODE\tGOLDSTEINSCALE")) {
			return CameoFiles.GOLDSTEIN_SCALE;
		}
		throw new ImportFormatException(
				"'%s' is not one of the CAMEO tables %s: name it with ?name= or upload a zip of them"
					.formatted(fileName, FILE_NAMES));
	}

}
