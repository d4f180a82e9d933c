package org.flashpoint.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports that run at the same time — the command line beside the server, two instances
 * on one MongoDB — onto the seeded demo database, in crossed orders: every row is stored
 * once, every reference resolves, and the demo's Russia holds the events GDELT codes RUS.
 */
@TestPropertySource(properties = "spring.mongodb.database=flashpoint_concurrent_imports")
class ConcurrentImportTest extends ImportIntegrationTest {

	static final List<String> FILES = List.of("gdelt/20191024143000.export.CSV.gz",
			"gdelt/20161013151500.export.CSV.gz");

	@Autowired
	ImportService imports;

	@TempDir
	Path directory;

	@Test
	void crossedConcurrentImportsStoreEveryRowOnceAndEveryReferenceResolves() throws Exception {
		List<Path> files = new ArrayList<>();
		for (String name : FILES) {
			Path file = this.directory.resolve(Path.of(name).getFileName().toString().replace(".gz", ""));
			Files.write(file, SeededDatabaseImportTest.resource(name));
			files.add(file);
		}
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 2; round++) {
				CyclicBarrier start = new CyclicBarrier(2);
				List<Path> order = (round == 0) ? files : List.of(files.get(1), files.get(0));
				Future<ImportJob> first = threads.submit(() -> {
					start.await();
					return this.imports.importFile(ImportFormat.GDELT, order.get(0), (progress) -> {
					});
				});
				Future<ImportJob> second = threads.submit(() -> {
					start.await();
					return this.imports.importFile(ImportFormat.GDELT, order.get(1), (progress) -> {
					});
				});
				for (Future<ImportJob> job : List.of(first, second)) {
					assertThat(job.get(3, TimeUnit.MINUTES)).satisfies((done) -> {
						assertThat(done.state()).isEqualTo(ImportState.DONE);
						assertThat(done.rejected()).isZero();
					});
				}
			}
		}
		finally {
			threads.shutdownNow();
		}

		Set<String> eventIds = FILES.stream()
			.flatMap((name) -> new String(SeededDatabaseImportTest.resource(name),
					java.nio.charset.StandardCharsets.UTF_8)
				.lines()
				.map((line) -> line.substring(0, line.indexOf('\t'))))
			.collect(Collectors.toSet());
		assertThat(count("{sourceSystems: [GDELT]}")).isEqualTo(eventIds.size());

		assertThat(brokenReferences()).as("broken references").isEqualTo(List.of());

		long russian = SeededDatabaseImportTest.gdeltEventIdsCoded("RUS", FILES).size();
		assertThat(this.graphQl
			.document("{ actor(id: \"%s\") { events(filter: {sourceSystems: [GDELT]}) { totalCount } } }"
				.formatted(id("Actor", "russia")))
			.execute()
			.path("actor.events.totalCount")
			.entity(Long.class)
			.get()).isEqualTo(russian);
	}

}
