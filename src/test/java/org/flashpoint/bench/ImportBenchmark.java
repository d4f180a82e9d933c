package org.flashpoint.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.flashpoint.FlashpointApplication;
import org.flashpoint.ingest.FormatReader;
import org.flashpoint.ingest.ImportFormat;
import org.flashpoint.ingest.ImportJob;
import org.flashpoint.ingest.ImportRow;
import org.flashpoint.ingest.ImportService;
import org.flashpoint.ingest.ImportState;
import org.flashpoint.store.EmbeddedMongoProperties;
import org.flashpoint.store.EmbeddedMongoProperties.Storage;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The import benchmark (not a test: {@code ./mvnw -Pbench-import verify}, see the
 * README). It writes GDELT 2.0 files of N rows — the committed 100-row sample of real
 * GDELT rows replicated with fresh GLOBALEVENTIDs, other ids for each file — and
 * measures, on the embedded memory store (or, with {@code -Dbench.storage=file}, on the
 * file store, which by default commits every acknowledged write), in one run: the import
 * through {@link ImportService} (read, normalise, write with versions and change-feed
 * entries), a re-import of the same file (every row found unchanged),
 * {@code POST /imports} of the next file over HTTP until its job is DONE,
 * {@link ImportService} once more on a third file (into as many events as the HTTP import
 * met), the {@code import} command in a JVM of its own on a fourth (and on a one-row
 * file, for what starting and stopping costs), and the raw driver's {@code insertMany} of
 * the very documents the first import stored, into an empty collection, in batches of the
 * same size. It writes a markdown report under {@code target/bench/}.
 */
public final class ImportBenchmark {

	private static final String SAMPLE = "gdelt/spark-gdelt_events_v2_100rows.tsv";

	private static final int RAW_BATCH = 1000;

	private ImportBenchmark() {
	}

	public static void main(String[] args) {
		int status = 0;
		try {
			run(Integer.parseInt(System.getProperty("bench.rows", "100000")),
					Storage.valueOf(System.getProperty("bench.storage", "memory").toUpperCase()),
					Path.of(System.getProperty("bench.output", "target/bench/import-benchmark.md")));
		}
		catch (Throwable ex) {
			System.err.println("IMPORT BENCHMARK FAILED: " + ex.getMessage());
			ex.printStackTrace();
			status = 1;
		}
		System.exit(status);
	}

	private static void run(int rows, Storage storage, Path output) throws Exception {
		Path file = output.resolveSibling("gdelt-" + rows + "-rows.export.CSV");
		Files.createDirectories(file.getParent());
		int written = writeReplicatedFile(file, rows, 900_000_000L);
		// The same rows under other GLOBALEVENTIDs: new events for each way in.
		Path httpFile = output.resolveSibling("gdelt-" + rows + "-rows-http.export.CSV");
		writeReplicatedFile(httpFile, rows, 910_000_000L);
		Path laterFile = output.resolveSibling("gdelt-" + rows + "-rows-later.export.CSV");
		writeReplicatedFile(laterFile, rows, 920_000_000L);
		Path cliFile = output.resolveSibling("gdelt-" + rows + "-rows-cli.export.CSV");
		writeReplicatedFile(cliFile, rows, 930_000_000L);
		Path oneRowFile = output.resolveSibling("gdelt-1-row.export.CSV");
		writeReplicatedFile(oneRowFile, 1, 940_000_000L);
		log("wrote %,d GDELT rows (%,d bytes) to %s", written, Files.size(file), file);
		// A fresh store file each run, so every run starts from an empty database.
		Path store = output.resolveSibling("import-benchmark.mv");
		Files.deleteIfExists(store);
		String adminKey = "fp_bench_" + UUID.randomUUID().toString().replace("-", "");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FlashpointApplication.class).run(
				"--server.port=0", "--flashpoint.embedded.storage=" + storage.name().toLowerCase(),
				"--flashpoint.embedded.file=" + store, "--flashpoint.seed=false", "--spring.main.banner-mode=off",
				"--flashpoint.security.admin-key=" + adminKey)) {
			int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			ImportService imports = app.getBean(ImportService.class);
			MongoTemplate mongo = app.getBean(MongoTemplate.class);

			FormatReader reader = app.getBeansOfType(FormatReader.class)
				.values()
				.stream()
				.filter((candidate) -> candidate.format() == ImportFormat.GDELT)
				.findFirst()
				.orElseThrow();
			Instant readStart = Instant.now();
			long readRows;
			try (InputStream in = Files.newInputStream(file); Stream<ImportRow> rowsRead = reader.read(in)) {
				readRows = rowsRead.count();
			}
			Duration readTime = Duration.between(readStart, Instant.now());
			log("read and normalise only: %,d rows in %.2f s", readRows, seconds(readTime));

			Measured first = measure(() -> imports.importFile(ImportFormat.GDELT, file, (progress) -> {
			}));
			check(first.job(), written);
			log("import: %s, %,.0f rows/s", first, first.rate(written));
			long heap = usedHeapAfterGc();

			Measured again = measure(() -> imports.importFile(ImportFormat.GDELT, file, (progress) -> {
			}));
			check(again.job(), written);
			if (again.job().inserted() != 0 || again.job().updated() != 0
					|| again.job().unchanged() != first.job().inserted()) {
				throw new IllegalStateException("the re-import changed records: " + again.job());
			}
			log("re-import: %s, %,.0f rows/s", again, again.rate(written));

			ImportOverHttp.Result posted = new ImportOverHttp(port, adminKey).importFile(httpFile);
			Measured overHttp = new Measured(mongo.findById(posted.jobKey(), ImportJob.class), posted.time());
			check(overHttp.job(), written);
			log("POST /imports: %s, %,.0f rows/s", overHttp, overHttp.rate(written));

			Measured later = measure(() -> imports.importFile(ImportFormat.GDELT, laterFile, (progress) -> {
			}));
			check(later.job(), written);
			log("import through ImportService again, into %,d events: %s, %,.0f rows/s", 2L * written, later,
					later.rate(written));

			List<Document> documents = storedEvents(mongo, written);
			MongoCollection<Document> raw = mongo.getCollection("raw_events");
			raw.drop();
			// The same indexes as the events collection, so both sides maintain the same
			// ones.
			mongo.getCollection("events").listIndexes().forEach((index) -> {
				if (!index.getString("name").equals("_id_")) {
					IndexOptions options = new IndexOptions().name(index.getString("name"))
						.unique(index.getBoolean("unique", false))
						.sparse(index.getBoolean("sparse", false));
					raw.createIndex(index.get("key", Document.class), options);
				}
			});
			Instant start = Instant.now();
			for (int i = 0; i < documents.size(); i += RAW_BATCH) {
				raw.insertMany(documents.subList(i, Math.min(i + RAW_BATCH, documents.size())),
						new InsertManyOptions().ordered(false));
			}
			Duration rawTime = Duration.between(start, Instant.now());
			double rawRate = documents.size() / seconds(rawTime);
			log("raw insertMany: %,d documents in %.2f s, %,.0f documents/s", documents.size(), seconds(rawTime),
					rawRate);

			// The command in a JVM of its own, as a user runs it, on its own memory
			// store;
			// a one-row file measures what the command costs before and after any import.
			Duration cliStartup = ImportCommandRun.run(oneRowFile, 1).time();
			ImportCommandRun.Result cli = ImportCommandRun.run(cliFile, written);
			double cliRate = written / seconds(cli.time());
			log("the import command: %,d inserted in %.2f s, %,.0f rows/s end to end; %.2f s for a one-row file",
					cli.inserted(), seconds(cli.time()), cliRate, seconds(cliStartup));
			Duration cliImport = cli.time().minus(cliStartup);

			String report = """
					# Flashpoint import benchmark

					Run %s on %d cores, %s, max heap %,d MiB. %,d GDELT 2.0 rows: the 100-row sample of
					real rows (`src/test/resources/%s`) replicated with fresh GLOBALEVENTIDs, %,d bytes;
					embedded MongoDB server, %s store, an empty database.

					| pass | rows | time | rows/s | inserted | updated | unchanged | rejected |
					|---|--:|--:|--:|--:|--:|--:|--:|
					| import through `ImportService` (read, normalise, write, change feed) | %,d | %.2f s | %,.0f | %,d | %,d | %,d | %,d |
					| re-import of the same file | %,d | %.2f s | %,.0f | %,d | %,d | %,d | %,d |
					| `POST /imports` of the same rows under new ids, from the request until the job is DONE (into %,d events) | %,d | %.2f s | %,.0f | %,d | %,d | %,d | %,d |
					| import through `ImportService` again, new ids, into %,d events | %,d | %.2f s | %,.0f | %,d | %,d | %,d | %,d |
					| `flashpoint import` (the command, its own JVM and memory store), end to end | %,d | %.2f s | %,.0f | %,d | %,d | %,d | %,d |
					| the command less its cost for a one-row file (%.2f s: JVM, start-up, shut-down) | %,d | %.2f s | %,.0f | | | | |
					| raw driver `insertMany` of the stored event documents into a collection with the same indexes, batches of %,d | %,d | %.2f s | %,.0f | | | | |
					| of the import: reading and normalising the rows alone, no database | %,d | %.2f s | %,.0f | | | | |

					`POST /imports` ÷ the import through `ImportService` into as many events: **%.2f**; the command ÷ the
					first import through `ImportService`: **%.2f** end to end, **%.2f** less its start-up.

					Import ÷ raw: **%.2f** (the import also writes the actors and outlets the rows bring and
					one change-feed entry per record, and reads back what the unique indexes refused).
					Heap used after the import, after GC: %,d MiB.
					"""
				.formatted(Instant.now(), Runtime.getRuntime().availableProcessors(),
						System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
						Runtime.getRuntime().maxMemory() / (1024 * 1024), written, SAMPLE, Files.size(file),
						describe(storage, app.getBean(EmbeddedMongoProperties.class)), written, seconds(first.time()),
						first.rate(written), first.job().inserted(), first.job().updated(), first.job().unchanged(),
						first.job().rejected(), written, seconds(again.time()), again.rate(written),
						again.job().inserted(), again.job().updated(), again.job().unchanged(), again.job().rejected(),
						written, written, seconds(overHttp.time()), overHttp.rate(written), overHttp.job().inserted(),
						overHttp.job().updated(), overHttp.job().unchanged(), overHttp.job().rejected(), 2L * written,
						written, seconds(later.time()), later.rate(written), later.job().inserted(),
						later.job().updated(), later.job().unchanged(), later.job().rejected(), written,
						seconds(cli.time()), cliRate, cli.inserted(), cli.updated(), cli.unchanged(), cli.rejected(),
						seconds(cliStartup), written, seconds(cliImport), written / seconds(cliImport), RAW_BATCH,
						documents.size(), seconds(rawTime), rawRate, readRows, seconds(readTime),
						readRows / seconds(readTime), overHttp.rate(written) / later.rate(written),
						cliRate / first.rate(written), (written / seconds(cliImport)) / first.rate(written),
						first.rate(written) / rawRate, heap / (1024 * 1024));
			Files.writeString(output, report);
			System.out.println(report);
			log("report written to %s", output.toAbsolutePath());
		}
	}

	/**
	 * The store, and for the file store when it commits (set with
	 * {@code -Dflashpoint.embedded.durability} in {@code bench.jvmArgs}).
	 */
	private static String describe(Storage storage, EmbeddedMongoProperties properties) {
		return (storage == Storage.FILE)
				? "file (durability %s)".formatted(properties.durability().name().toLowerCase())
				: storage.name().toLowerCase();
	}

	/**
	 * The first stored events by key, as many as one import wrote (the raw pass inserts
	 * as many), read a page at a time: the embedded server answers a find in one reply.
	 */
	private static List<Document> storedEvents(MongoTemplate mongo, int count) {
		List<Document> documents = new ArrayList<>();
		String last = "";
		while (documents.size() < count) {
			List<Document> page = mongo.getCollection("events")
				.find(Filters.gt("_id", last))
				.sort(Sorts.ascending("_id"))
				.limit(RAW_BATCH)
				.into(new ArrayList<>());
			if (page.isEmpty()) {
				return documents;
			}
			documents.addAll(page.subList(0, Math.min(page.size(), count - documents.size())));
			last = page.get(page.size() - 1).getString("_id");
		}
		return documents;
	}

	/** The sample's rows again and again, each with a GLOBALEVENTID of its own. */
	private static int writeReplicatedFile(Path file, int rows, long firstId) throws IOException {
		List<String> sample = new String(new ClassPathResource(SAMPLE).getContentAsByteArray(), StandardCharsets.UTF_8)
			.lines()
			.filter((line) -> !line.isBlank())
			.toList();
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int i = 0; i < rows; i++) {
				String row = sample.get(i % sample.size());
				out.write(String.valueOf(firstId + i));
				out.write(row, row.indexOf('\t'), row.length() - row.indexOf('\t'));
				out.write('\n');
			}
		}
		return rows;
	}

	private static void check(ImportJob job, int rows) {
		if (job.state() != ImportState.DONE || job.rowsRead() != rows) {
			throw new IllegalStateException("the import did not read every row: " + job);
		}
	}

	record Measured(ImportJob job, Duration time) {

		double rate(int rows) {
			return rows / seconds(this.time);
		}

		@Override
		public String toString() {
			return "%,d inserted, %,d updated, %,d unchanged, %,d rejected in %.2f s".formatted(this.job.inserted(),
					this.job.updated(), this.job.unchanged(), this.job.rejected(), seconds(this.time));
		}

	}

	private interface Run {

		ImportJob run() throws Exception;

	}

	private static Measured measure(Run run) throws Exception {
		Instant start = Instant.now();
		ImportJob job = run.run();
		return new Measured(job, Duration.between(start, Instant.now()));
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	private static long usedHeapAfterGc() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void log(String format, Object... args) {
		System.out.println("[import-bench] " + format.formatted(args));
	}

}
