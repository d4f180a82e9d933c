package org.flashpoint.bench;

import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.flashpoint.FlashpointApplication;
import org.flashpoint.activity.ActivityRebuild;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The query benchmark (not a test: {@code ./mvnw -Pbench verify}, see the README). For
 * each data size N it starts Flashpoint in-process on the embedded MongoDB server, loads
 * N synthetic events and N/5 statements, checks that each canonical request's GraphQL
 * answer matches what the plain MongoDB driver reads, and measures both at each number of
 * concurrent clients. It writes a markdown report and exits non-zero on any unexpected
 * GraphQL error or mismatch.
 */
public final class QueryBenchmark {

	private static final int WARMUP_CLIENTS = 2;

	/** The peer's MongoDB commands are its own driver's, which this JVM cannot count. */
	private static final CommandMeter UNMETERED = () -> new CommandMeter.Usage(Map.of());

	private final BenchSettings settings;

	private final JsonMapper json = JsonMapper.builder().build();

	private QueryBenchmark(BenchSettings settings) {
		this.settings = settings;
	}

	public static void main(String[] args) {
		int status = 0;
		try {
			new QueryBenchmark(BenchSettings.fromSystemProperties()).run();
		}
		catch (Throwable ex) {
			System.err.println();
			System.err.println("QUERY BENCHMARK FAILED: " + ex.getMessage());
			ex.printStackTrace();
			status = 1;
		}
		// The embedded server's and Tomcat's threads must not keep the JVM alive.
		System.exit(status);
	}

	private void run() throws Exception {
		long start = System.nanoTime();
		BenchReport report = new BenchReport(this.settings);
		for (int events : this.settings.events()) {
			report.add(benchmark(events));
			report.write(this.settings.output());
		}
		System.out.println();
		System.out.println(report.markdown());
		log("Report written to %s; the whole run took %s", this.settings.output().toAbsolutePath(),
				BenchReport.seconds(Duration.ofNanos(System.nanoTime() - start)));
	}

	private BenchReport.Section benchmark(int events) throws Exception {
		log("N=%,d: starting Flashpoint on the embedded MongoDB server (%s store)", events, this.settings.storage());
		// A fresh file each N, so every N starts from an empty database.
		Path storeFile = this.settings.output().toAbsolutePath().resolveSibling("query-benchmark-" + events + ".mv");
		Files.deleteIfExists(storeFile);
		long start = System.nanoTime();
		// The application's own client gets the same listener as the raw one, so both
		// sides' commands, times and returned documents are counted alike.
		CommandMeter.Listener appMeter = new CommandMeter.Listener();
		MongoClientSettingsBuilderCustomizer listening = (settings) -> settings.addCommandListener(appMeter);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FlashpointApplication.class)
			.initializers((context) -> context.getBeanFactory().registerSingleton("benchCommandListener", listening))
			.run("--server.port=0", "--flashpoint.embedded.storage=" + this.settings.storage(),
					"--flashpoint.embedded.file=" + storeFile, "--flashpoint.seed=false",
					"--spring.main.banner-mode=off")) {
			Duration startup = Duration.ofNanos(System.nanoTime() - start);
			long heapEmpty = usedHeapAfterGc();
			MongoTemplate mongo = app.getBean(MongoTemplate.class);
			SyntheticData.Loaded data = new SyntheticData(this.settings.seed(), events).load(mongo);
			checkStored(mongo, "events", data.events());
			checkStored(mongo, "statements", data.statements());
			BenchReport.Rebuild rebuild = rebuild(app.getBean(ActivityRebuild.class), mongo, data);
			long heapLoaded = usedHeapAfterGc();
			log("N=%,d: loaded %,d events and %,d statements in %s; rollups rebuilt in %s (%,d rollup documents); heap used %s (empty app %s)",
					events, data.events(), data.statements(), BenchReport.seconds(data.total()),
					BenchReport.seconds(rebuild.elapsed()), rebuild.cells(), BenchReport.mebibytes(heapLoaded),
					BenchReport.mebibytes(heapEmpty));
			Map<String, Long> collections = new LinkedHashMap<>();
			for (String collection : List.of("events", "statements", "actors", "regions", "activity")) {
				collections.put(collection, mongo.getCollection(collection).countDocuments());
			}
			int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			ConnectionString connection = app.getBean(MongoConnectionDetails.class).getConnectionString();
			CommandMeter.Listener rawMeter = new CommandMeter.Listener();
			List<String> notes = new ArrayList<>();
			List<BenchReport.Row> rows = new ArrayList<>();
			try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
				.applyConnectionString(connection)
				.addCommandListener(rawMeter)
				.build()); ApolloPeer peer = startPeer(connection, notes)) {
				RawStore store = new RawStore(client.getDatabase(connection.getDatabase()));
				Sides sides = new Sides(new GraphQlOverHttp(port, this.json), appMeter, store, rawMeter,
						(peer != null) ? new GraphQlOverHttp(peer.port(), this.json) : null,
						(peer != null) ? List.of(peer.handle()) : List.of());
				for (CanonicalRequest<?> request : CanonicalRequest.all(data, store)) {
					if (this.settings.runs(request.name())) {
						measure(request, sides, notes, rows);
					}
				}
			}
			return new BenchReport.Section(data, startup, heapEmpty, heapLoaded, rebuild, collections, notes, rows,
					Duration.ofNanos(System.nanoTime() - start));
		}
	}

	private ApolloPeer startPeer(ConnectionString connection, List<String> notes) throws Exception {
		if (!this.settings.peer()) {
			notes.add("Apollo peer: not run (`-Dbench.peer=false`)");
			return null;
		}
		long start = System.nanoTime();
		ApolloPeer peer = ApolloPeer.start(connection,
				this.settings.output().toAbsolutePath().resolveSibling("apollo-peer"), this.json);
		log("Apollo peer (src/test/peer/apollo) listening on port %d after %s", peer.port(),
				BenchReport.seconds(Duration.ofNanos(System.nanoTime() - start)));
		return peer;
	}

	/**
	 * The synthetic data is inserted around the write path that keeps the rollups, so
	 * they are recounted as {@code flashpoint rollups --rebuild} does, and timed.
	 */
	private static BenchReport.Rebuild rebuild(ActivityRebuild rebuild, MongoTemplate mongo,
			SyntheticData.Loaded data) {
		long start = System.nanoTime();
		long counted = rebuild.rebuild();
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		if (counted != data.events()) {
			throw new IllegalStateException(
					"The rollup rebuild counted %,d events, expected %,d".formatted(counted, data.events()));
		}
		return new BenchReport.Rebuild(elapsed, counted, mongo.getCollection("activity").countDocuments());
	}

	private <R> void measure(CanonicalRequest<R> request, Sides sides, List<String> notes, List<BenchReport.Row> rows)
			throws Exception {
		Checks checks = new Checks(request.name());
		R read = request.read(sides.store());
		request.checkRaw(read, checks);
		checks.orFail();
		HttpRequest http = sides.graphQl().request(request.document(), request.variables());
		GraphQlOverHttp.Probe probe = sides.graphQl().probe(http);
		boolean available = probe.unavailable() == null;
		HttpRequest peerHttp = (sides.peer() != null && request.servedByPeer())
				? sides.peer().request(request.document(), request.variables()) : null;
		if (available) {
			request.compare(probe.data(), read, checks);
			checks.orFail();
			String matched = request.matchedNote(read);
			String peerChecked = "";
			if (peerHttp != null) {
				JsonNode peerData = sides.peer().probe(peerHttp).data();
				request.compare(peerData, read, checks);
				checks.sameJson(probe.data(), peerData, "Flashpoint's and the Apollo peer's answers");
				checks.orFail();
				peerChecked = "; the Apollo peer's answer is JSON-equal to it";
			}
			notes.add("%s: %s; GraphQL answer %,d characters, matches the raw read%s%s".formatted(request.name(),
					request.parameters(), probe.size(), (matched != null) ? "; " + matched : "", peerChecked));
		}
		else {
			peerHttp = null;
			notes.add("%s: %s; **GraphQL not available** in this build (`%s`): %s".formatted(request.name(),
					request.parameters(), request.resource(), probe.unavailable()));
		}
		log("%s: %s%s", request.name(), request.parameters(),
				available ? "" : " — GraphQL not available: " + probe.unavailable());
		LoadRunner.Call viaGraphQl = () -> sides.graphQl().send(http);
		HttpRequest peerRequest = peerHttp;
		LoadRunner.Call viaPeer = () -> sides.peer().send(peerRequest);
		LoadRunner.Call viaDriver = () -> request.read(sides.store());
		LoadRunner.Limits warmup = new LoadRunner.Limits(Duration.ZERO, this.settings.warmup(), 0,
				this.settings.warmup());
		if (available) {
			LoadRunner.run(WARMUP_CLIENTS, warmup, sides.appMeter(), viaGraphQl);
		}
		if (peerRequest != null) {
			LoadRunner.run(WARMUP_CLIENTS, warmup, UNMETERED, sides.peerProcesses(), viaPeer);
		}
		LoadRunner.run(WARMUP_CLIENTS, warmup, sides.rawMeter(), viaDriver);
		// Interleaved per client count, so a slow spell of the machine hits all three
		// sides.
		for (int clients : this.settings.clients()) {
			LoadRunner.Result graphQl = available
					? LoadRunner.run(clients, this.settings.cell(), sides.appMeter(), sides.peerProcesses(), viaGraphQl)
					: null;
			LoadRunner.Result peer = (peerRequest != null)
					? LoadRunner.run(clients, this.settings.cell(), UNMETERED, sides.peerProcesses(), viaPeer) : null;
			LoadRunner.Result raw = LoadRunner.run(clients, this.settings.cell(), sides.rawMeter(),
					sides.peerProcesses(), viaDriver);
			log("%s, %2d clients: GraphQL %s | Apollo peer %s | raw %s", request.name(), clients,
					(graphQl != null) ? summary(graphQl) : "not available", (peer != null) ? summary(peer) : "not run",
					summary(raw));
			rows.add(new BenchReport.Row(request.name(), clients, graphQl, peer, raw));
		}
	}

	private static String summary(LoadRunner.Result result) {
		return String.format(Locale.ROOT, "median %s ms, p99 %s ms, %.1f req/s (other processes: %.2f cores)",
				BenchReport.millis(result.medianMillis()), BenchReport.millis(result.p99Millis()), result.perSecond(),
				result.otherCores());
	}

	private static void checkStored(MongoTemplate mongo, String collection, long expected) {
		long stored = mongo.getCollection(collection).countDocuments();
		if (stored != expected) {
			throw new IllegalStateException(
					"%s holds %,d documents, expected %,d".formatted(collection, stored, expected));
		}
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void log(String format, Object... arguments) {
		System.out.println("[bench] " + String.format(Locale.ROOT, format, arguments));
	}

	/**
	 * The ways of asking, each with the meter of its MongoDB client; the peer
	 * ({@code null} when not run) with the processes that serve it.
	 */
	private record Sides(GraphQlOverHttp graphQl, CommandMeter appMeter, RawStore store, CommandMeter rawMeter,
			GraphQlOverHttp peer, List<ProcessHandle> peerProcesses) {

	}

}
