package org.flashpoint.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The markdown report: the machine and settings, then one table per data size. */
final class BenchReport {

	/**
	 * Other processes keeping this many cores busy during a cell get the cell flagged.
	 */
	private static final double NEIGHBOUR_WARNING = 0.1;

	private final StringBuilder markdown = new StringBuilder();

	private final List<Section> sections = new ArrayList<>();

	/** The cells whose database time is broken down by command: the fewest clients. */
	private final int breakdownClients;

	BenchReport(BenchSettings settings) {
		Runtime runtime = Runtime.getRuntime();
		this.breakdownClients = settings.clients().stream().mapToInt(Integer::intValue).min().orElseThrow();
		this.markdown.append("# Flashpoint query benchmark\n\n")
			.append("Run %s. Each N starts Flashpoint in-process on the embedded MongoDB server (%s store), loads N synthetic events and N/5 statements (seed %d), then measures each request over HTTP (GraphQL), through the Apollo peer for (a)–(c), and with the plain MongoDB driver against the same server, the three interleaved at each number of clients.\n\n"
				.formatted(OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), settings.storage(), settings.seed()))
			.append("- Machine: %d cores (%s), %s RAM, %s %s %s\n".formatted(runtime.availableProcessors(), cpuModel(),
					mebibytes(totalMemory()), System.getProperty("os.name"), System.getProperty("os.version"),
					System.getProperty("os.arch")))
			.append("- JVM: %s %s (%s), max heap %s, GC %s, arguments `%s`\n".formatted(
					System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
					System.getProperty("java.vm.vendor"), mebibytes(runtime.maxMemory()),
					ManagementFactory.getGarbageCollectorMXBeans()
						.stream()
						.map(GarbageCollectorMXBean::getName)
						.collect(Collectors.joining(", ")),
					String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())))
			.append("- Cells: %s clients; each cell warms up for %s, then runs at least %s and %d requests (at most %s); each request first warms up for %s per side\n\n"
				.formatted(settings.clients(), seconds(settings.cell().warmup()), seconds(settings.cell().minTime()),
						settings.cell().minRequests(), seconds(settings.cell().maxTime()), seconds(settings.warmup())))
			.append("Latencies are per request as the client sees it (nearest-rank median and p99). \"DB\" is what a command listener on that side's MongoDB client counted: commands per request, their summed time per request as the driver measured it, and the documents the server returned in the replies per request (an aggregation's groups, not the events it grouped). \"× raw median\" is GraphQL median ÷ raw median; \"× raw req/s\" is raw throughput ÷ GraphQL throughput; \"peer req/s ÷ ours\" is the Apollo peer's throughput ÷ Flashpoint's (below 1: Flashpoint serves more). The Apollo peer (`src/test/peer/apollo`: Apollo Server 4, DataLoader, the MongoDB Node driver, in its own Node.js process, `NODE_ENV=production`) answers (a)–(c) from the same database; its answers are checked JSON-equal to Flashpoint's before it is measured, and its process's CPU time is counted as the benchmark's own. Its driver's commands are not counted (—).\n\n")
			.append("What the server examined cannot be read: mongo-java-server has no `explain`, and it ignores non-unique indexes, so every find or aggregation that filters on more than `_id` scans its whole collection — an aggregation all the events (the per-command lines below give an upper bound, the collection's size per command). The rollups are read by `_id` alone, which it answers from its unique index: a rollup read examines the documents it returns, on it as on MongoDB, where the declared index `event_region_occurred_on` also lets an aggregation examine only the events it matches. The notes give both for (d)–(f).\n");
	}

	void add(Section section) {
		this.sections.add(section);
		SyntheticData.Loaded data = section.data();
		this.markdown.append("\n## N = %,d events\n\n".formatted(data.events()))
			.append("- Data: %,d events, %,d statements, %,d actors, %,d regions, %,d sources\n"
				.formatted(data.events(), data.statements(), data.actors(), data.regions(), data.sources()))
			.append("- Start-up %s; data generated and loaded in %s (of which %s inserting through MongoTemplate); this N took %s in all\n"
				.formatted(seconds(section.startup()), seconds(data.total()), seconds(data.inserting()),
						seconds(section.elapsed())))
			.append("- Rollups rebuilt after loading (the application's `ActivityRebuild`, as `flashpoint rollups --rebuild`): %,d events counted into %,d rollup documents (day, month, year) in %s\n"
				.formatted(section.rebuild().events(), section.rebuild().cells(), seconds(section.rebuild().elapsed())))
			.append("- Documents stored: %s\n".formatted(section.collections()
				.entrySet()
				.stream()
				.map((entry) -> "%s %,d".formatted(entry.getKey(), entry.getValue()))
				.collect(Collectors.joining(", "))))
			.append("- Heap used after GC: %s with the application started and empty, %s with the data loaded and rolled up (%s for the data)\n"
				.formatted(mebibytes(section.heapEmpty()), mebibytes(section.heapLoaded()),
						mebibytes(section.heapLoaded() - section.heapEmpty())));
		section.notes().forEach((note) -> this.markdown.append("- ").append(note).append('\n'));
		this.markdown.append(
				"\n| request | clients | median ms | p99 ms | req/s | DB cmds · ms · docs /req | Apollo peer median ms | peer p99 ms | peer req/s | raw median ms | raw p99 ms | raw req/s | raw DB cmds · ms · docs /req | × raw median | × raw req/s | peer req/s ÷ ours | requests GraphQL / peer / raw |\n")
			.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
		for (Row row : section.rows()) {
			LoadRunner.Result graphQl = row.graphQl();
			LoadRunner.Result peer = row.peer();
			LoadRunner.Result raw = row.raw();
			Stream<String> graphQlCells = (graphQl != null) ? Stream.of(millis(graphQl.medianMillis()),
					millis(graphQl.p99Millis()), rate(graphQl.perSecond()), database(graphQl))
					: Stream.of("not available", "—", "—", "—");
			Stream<String> peerCells = (peer != null)
					? Stream.of(millis(peer.medianMillis()), millis(peer.p99Millis()), rate(peer.perSecond()))
					: Stream.of("—", "—", "—");
			Stream<String> ratios = (graphQl != null)
					? Stream.of(ratio(graphQl.medianMillis() / raw.medianMillis()),
							ratio(raw.perSecond() / graphQl.perSecond()),
							(peer != null) ? ratio(peer.perSecond() / graphQl.perSecond()) : "—")
					: Stream.of("—", "—", "—");
			String requests = ((graphQl != null) ? graphQl.requests() : "—") + " / "
					+ ((peer != null) ? peer.requests() : "—") + " / " + raw.requests();
			List<String> cells = Stream.of(
					Stream.of(row.request(), String.valueOf(row.clients())), graphQlCells, peerCells, Stream
						.of(millis(raw.medianMillis()), millis(raw.p99Millis()), rate(raw.perSecond()), database(raw)),
					ratios, Stream.of(requests))
				.flatMap((cell) -> cell)
				.toList();
			this.markdown.append("| ").append(String.join(" | ", cells)).append(" |\n");
		}
		this.markdown.append("\n").append(neighbours(section.rows())).append('\n');
		this.markdown.append(
				"\nMongoDB commands per request, with the driver's time for them, the documents returned, and the documents in the collection they read (%d client%s):\n\n"
					.formatted(this.breakdownClients, (this.breakdownClients == 1) ? "" : "s"));
		section.rows().stream().filter((row) -> row.clients() == this.breakdownClients).forEach((row) -> {
			if (row.graphQl() != null) {
				this.markdown.append("- %s, GraphQL: %s\n".formatted(row.request(),
						breakdown(row.graphQl(), section.collections())));
			}
			this.markdown
				.append("- %s, raw: %s\n".formatted(row.request(), breakdown(row.raw(), section.collections())));
		});
	}

	String markdown() {
		return this.markdown.toString() + growth();
	}

	/**
	 * With more than one N: each request's median at the fewest clients per N, for
	 * GraphQL and raw, and the heap the data took, with the growth exponent k of
	 * {@code time ∝ N^k} fitted by least squares on the logarithms (1: linear).
	 */
	private String growth() {
		if (this.sections.size() < 2) {
			return "";
		}
		List<Integer> sizes = this.sections.stream().map((section) -> section.data().events()).toList();
		StringBuilder table = new StringBuilder("\n## Growth with N (%d client%s, median ms)\n\n| request | side | "
			.formatted(this.breakdownClients, (this.breakdownClients == 1) ? "" : "s"));
		sizes.forEach((n) -> table.append("N = %,d | ".formatted(n)));
		table.append("exponent k |\n|---|---|").append("--:|".repeat(sizes.size() + 1)).append('\n');
		List<String> requests = this.sections.get(0).rows().stream().map(Row::request).distinct().toList();
		for (String request : requests) {
			for (String side : List.of("GraphQL", "raw")) {
				List<Double> medians = new ArrayList<>();
				for (Section section : this.sections) {
					section.rows()
						.stream()
						.filter((row) -> row.request().equals(request) && row.clients() == this.breakdownClients)
						.map((row) -> side.equals("GraphQL") ? row.graphQl() : row.raw())
						.filter((result) -> result != null)
						.findFirst()
						.ifPresent((result) -> medians.add(result.medianMillis()));
				}
				if (medians.size() == sizes.size()) {
					table.append("| %s | %s | ".formatted(request, side));
					medians.forEach((median) -> table.append(millis(median)).append(" | "));
					table.append(String.format(Locale.ROOT, "%.2f |\n", exponent(sizes, medians)));
				}
			}
		}
		List<Double> heaps = this.sections.stream()
			.map((section) -> (double) (section.heapLoaded() - section.heapEmpty()))
			.toList();
		table.append("| heap for the data, after GC (MiB) | | ");
		heaps.forEach((heap) -> table.append(String.format(Locale.ROOT, "%,.0f | ", heap / (1024 * 1024))));
		table.append(String.format(Locale.ROOT, "%.2f |\n", exponent(sizes, heaps)));
		return table.toString();
	}

	/** The slope of log(value) over log(N), fitted by least squares. */
	static double exponent(List<Integer> sizes, List<Double> values) {
		int n = sizes.size();
		double meanX = 0;
		double meanY = 0;
		for (int i = 0; i < n; i++) {
			meanX += Math.log(sizes.get(i)) / n;
			meanY += Math.log(values.get(i)) / n;
		}
		double covariance = 0;
		double variance = 0;
		for (int i = 0; i < n; i++) {
			double dx = Math.log(sizes.get(i)) - meanX;
			covariance += dx * (Math.log(values.get(i)) - meanY);
			variance += dx * dx;
		}
		return covariance / variance;
	}

	void write(Path file) throws IOException {
		Path absolute = file.toAbsolutePath();
		Files.createDirectories(absolute.getParent());
		Files.writeString(absolute, markdown());
	}

	private static String database(LoadRunner.Result result) {
		return String.format(Locale.ROOT, "%.1f · %s · %s", result.commandsPerRequest(),
				millis(result.databaseMillisPerRequest()),
				count((double) result.database().documents() / result.requests()));
	}

	/** Whether other processes competed for the cores while the cells ran. */
	private static String neighbours(List<Row> rows) {
		List<String> busy = new ArrayList<>();
		double most = -1;
		for (Row row : rows) {
			for (LoadRunner.Result result : Arrays.asList(row.graphQl(), row.peer(), row.raw())) {
				if (result == null) {
					continue;
				}
				most = Math.max(most, result.otherCores());
				if (result.otherCores() >= NEIGHBOUR_WARNING) {
					busy.add(String.format(Locale.ROOT, "%s, %d clients, %s: %.2f", row.request(), row.clients(),
							(result == row.graphQl()) ? "GraphQL" : (result == row.peer()) ? "peer" : "raw",
							result.otherCores()));
				}
			}
		}
		if (most < 0) {
			return "Other processes' CPU use was not measured (no /proc/stat).";
		}
		if (busy.isEmpty()) {
			return String.format(Locale.ROOT,
					"Other processes on the machine kept at most %.2f cores busy during any cell.", most);
		}
		return "**Other processes competed for the cores** during these cells (cores they kept busy on average; those rows are inflated): "
				+ String.join("; ", busy) + ".";
	}

	private static String breakdown(LoadRunner.Result result, Map<String, Long> collections) {
		return result.database()
			.byCommand()
			.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, CommandMeter.Tally> entry) -> entry.getValue().nanos())
				.reversed())
			.map((entry) -> {
				double perRequest = (double) entry.getValue().count() / result.requests();
				Long size = collections.get(entry.getKey().substring(entry.getKey().indexOf(' ') + 1));
				return String.format(Locale.ROOT, "%s %.1f× %s ms %s docs%s", entry.getKey(), perRequest,
						millis(entry.getValue().nanos() / 1e6 / result.requests()),
						count((double) entry.getValue().documents() / result.requests()),
						(size != null) ? " (of " + count(perRequest * size) + ")" : "");
			})
			.collect(Collectors.joining(", "));
	}

	static String millis(double value) {
		return String.format(Locale.ROOT, (value < 10) ? "%.2f" : (value < 100) ? "%.1f" : "%.0f", value);
	}

	private static String count(double value) {
		return String.format(Locale.ROOT, (value < 10) ? "%.1f" : "%,.0f", value);
	}

	private static String rate(double value) {
		return String.format(Locale.ROOT, (value < 100) ? "%.1f" : "%.0f", value);
	}

	private static String ratio(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

	static String mebibytes(long bytes) {
		return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
	}

	private static long totalMemory() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getTotalMemorySize();
		}
		return -1;
	}

	private static String cpuModel() {
		try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
			return lines.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("CPU model unknown");
		}
		catch (IOException | RuntimeException ex) {
			return "CPU model unknown";
		}
	}

	/**
	 * @param heapEmpty heap used after GC with the application started and its database
	 * empty
	 * @param heapLoaded the same after loading the data and rebuilding the rollups
	 * @param collections the documents of each collection after loading
	 * @param notes the requests' parameters and availability
	 * @param elapsed the whole run of this N, from start-up to the last cell
	 */
	record Section(SyntheticData.Loaded data, Duration startup, long heapEmpty, long heapLoaded, Rebuild rebuild,
			Map<String, Long> collections, List<String> notes, List<Row> rows, Duration elapsed) {

	}

	/**
	 * The rollups recounted from the loaded events: how long, how many events and cells.
	 */
	record Rebuild(Duration elapsed, long events, long cells) {

	}

	/**
	 * One cell: a request at a number of clients, through Flashpoint's GraphQL
	 * ({@code null} when not available), the Apollo peer ({@code null} when it does not
	 * serve the request or was not run) and raw.
	 */
	record Row(String request, int clients, LoadRunner.Result graphQl, LoadRunner.Result peer, LoadRunner.Result raw) {

	}

}
