package org.flashpoint.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's settings, from system properties (the {@code bench} Maven profile
 * passes them on; see the README's "Benchmarks" section).
 *
 * @param events the data sizes N to run, each on a freshly started application
 * @param clients the numbers of concurrent clients of each measured cell
 * @param cell how long and how many requests each cell runs (with its own short warm-up)
 * @param warmup how long each request is run, per side, before its first cell (JIT
 * warm-up)
 * @param seed seed of the synthetic data
 * @param output where the markdown report is written
 * @param peer whether the Apollo peer is installed and measured beside Flashpoint
 * @param requests the letters of the requests to run ({@code abc} for (a)–(c)); empty for
 * all
 * @param storage the embedded server's store: {@code memory}, or {@code file} (the
 * default of {@code ./mvnw spring-boot:run}, a fresh file per N beside the report)
 */
record BenchSettings(List<Integer> events, List<Integer> clients, LoadRunner.Limits cell, Duration warmup, long seed,
		Path output, boolean peer, String requests, String storage) {

	/** Whether a request, named "(x) ...", is among those to run. */
	boolean runs(String requestName) {
		return this.requests.isEmpty() || this.requests.indexOf(requestName.charAt(1)) >= 0;
	}

	static BenchSettings fromSystemProperties() {
		LoadRunner.Limits cell = new LoadRunner.Limits(seconds("bench.cellWarmup", "2"), seconds("bench.seconds", "10"),
				Integer.parseInt(property("bench.minRequests", "200")), seconds("bench.maxSeconds", "60"));
		return new BenchSettings(integers("bench.events", "10000"), integers("bench.clients", "1,8,32"), cell,
				seconds("bench.warmup", "10"), Long.parseLong(property("bench.seed", "20231007")),
				Path.of(property("bench.output", "target/bench/query-benchmark.md")),
				Boolean.parseBoolean(property("bench.peer", "true")), property("bench.requests", ""),
				property("bench.storage", "memory"));
	}

	private static String property(String name, String fallback) {
		String value = System.getProperty(name);
		return (value == null || value.isBlank()) ? fallback : value.trim();
	}

	private static List<Integer> integers(String name, String fallback) {
		return Arrays.stream(property(name, fallback).split(","))
			.map((value) -> Integer.parseInt(value.trim().replace("_", "")))
			.toList();
	}

	private static Duration seconds(String name, String fallback) {
		return Duration.ofMillis((long) (Double.parseDouble(property(name, fallback)) * 1000));
	}

}
