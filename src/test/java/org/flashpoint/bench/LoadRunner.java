package org.flashpoint.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs one cell of the benchmark: a number of clients (platform threads), each sending
 * the same request back to back, first for a warm-up, then measured until the cell has
 * lasted its minimum time and collected its minimum number of requests (or hit its
 * maximum time). A failing request stops the cell and fails the run.
 */
final class LoadRunner {

	/** A unit of work: one request. */
	@FunctionalInterface
	interface Call {

		void run() throws Exception;

	}

	/**
	 * @param minTime a cell runs at least this long
	 * @param minRequests and completes at least this many requests
	 * @param maxTime unless it has run this long
	 */
	record Limits(Duration warmup, Duration minTime, int minRequests, Duration maxTime) {

	}

	/**
	 * @param latencies every measured request's latency in nanoseconds, sorted
	 * @param elapsed from the first request's start to the last one's end
	 * @param database MongoDB commands (and their time) during the measured requests
	 * @param otherCores how many cores other processes on the machine kept busy meanwhile
	 * (-1: unknown)
	 */
	record Result(int clients, long[] latencies, Duration elapsed, CommandMeter.Usage database, double otherCores) {

		int requests() {
			return this.latencies.length;
		}

		double medianMillis() {
			return percentileMillis(0.50);
		}

		double p99Millis() {
			return percentileMillis(0.99);
		}

		/** Nearest-rank percentile. */
		double percentileMillis(double fraction) {
			int rank = (int) Math.ceil(fraction * this.latencies.length);
			return this.latencies[Math.max(0, rank - 1)] / 1e6;
		}

		double perSecond() {
			return this.latencies.length / (this.elapsed.toNanos() / 1e9);
		}

		double commandsPerRequest() {
			return (double) this.database.commands() / this.latencies.length;
		}

		double databaseMillisPerRequest() {
			return this.database.nanos() / 1e6 / this.latencies.length;
		}

	}

	private LoadRunner() {
	}

	static Result run(int clients, Limits limits, CommandMeter meter, Call call) throws InterruptedException {
		return run(clients, limits, meter, List.of(), call);
	}

	/**
	 * @param own processes besides this JVM that serve the requests, whose CPU time is
	 * not a neighbour's
	 */
	static Result run(int clients, Limits limits, CommandMeter meter, List<ProcessHandle> own, Call call)
			throws InterruptedException {
		AtomicInteger threads = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients, (runnable) -> {
			Thread thread = new Thread(runnable, "bench-client-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			drive(pool, clients, new Limits(Duration.ZERO, limits.warmup(), 0, limits.warmup()), call);
			CommandMeter.Usage before = meter.read();
			MachineLoad.Reading load = MachineLoad.read(own);
			long start = System.nanoTime();
			long[] latencies = drive(pool, clients, limits, call);
			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
			double otherCores = MachineLoad.otherCores(load, MachineLoad.read(own));
			Arrays.sort(latencies);
			return new Result(clients, latencies, elapsed, meter.read().minus(before), otherCores);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static long[] drive(ExecutorService pool, int clients, Limits limits, Call call)
			throws InterruptedException {
		AtomicBoolean stop = new AtomicBoolean();
		LongAdder completed = new LongAdder();
		List<Future<long[]>> workers = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			workers.add(pool.submit(() -> {
				long[] latencies = new long[1024];
				int count = 0;
				try {
					while (!stop.get()) {
						long start = System.nanoTime();
						call.run();
						long latency = System.nanoTime() - start;
						if (count == latencies.length) {
							latencies = Arrays.copyOf(latencies, count * 2);
						}
						latencies[count++] = latency;
						completed.increment();
					}
				}
				finally {
					stop.set(true);
				}
				return Arrays.copyOf(latencies, count);
			}));
		}
		long start = System.nanoTime();
		while (!stop.get()) {
			Thread.sleep(5);
			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
			boolean enough = elapsed.compareTo(limits.minTime()) >= 0 && completed.sum() >= limits.minRequests();
			if (enough || elapsed.compareTo(limits.maxTime()) >= 0) {
				stop.set(true);
			}
		}
		long[] all = new long[0];
		for (Future<long[]> worker : workers) {
			try {
				long[] latencies = worker.get();
				int offset = all.length;
				all = Arrays.copyOf(all, offset + latencies.length);
				System.arraycopy(latencies, 0, all, offset, latencies.length);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("A benchmark request failed: " + ex.getCause().getMessage(),
						ex.getCause());
			}
		}
		return all;
	}

}
