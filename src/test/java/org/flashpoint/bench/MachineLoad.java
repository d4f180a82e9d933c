package org.flashpoint.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How busy the rest of the machine was while a cell ran: the CPU time all processes used
 * (Linux {@code /proc/stat}) minus this JVM's own and that of the benchmark's other
 * processes (the Apollo peer). The benchmark shares the machine's cores with whatever
 * else runs there, so a busy neighbour shows up in the report instead of silently
 * inflating the latencies.
 */
final class MachineLoad {

	/** {@code /proc/stat} counts in USER_HZ, 100 per second on Linux. */
	private static final long NANOS_PER_TICK = 10_000_000L;

	private static final Path PROC_STAT = Path.of("/proc/stat");

	private MachineLoad() {
	}

	/**
	 * A reading, or {@code null} where the machine does not offer one.
	 * @param own processes besides this JVM whose CPU time is the benchmark's own
	 */
	static Reading read(List<ProcessHandle> own) {
		if (!(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
				|| !Files.isReadable(PROC_STAT)) {
			return null;
		}
		try {
			String[] cpu = Files.readAllLines(PROC_STAT).get(0).trim().split("\\s+");
			long[] ticks = Arrays.stream(cpu, 1, cpu.length).mapToLong(Long::parseLong).toArray();
			// user nice system idle iowait irq softirq steal ...: everything but idle and
			// iowait is busy.
			long busy = ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6] + ((ticks.length > 7) ? ticks[7] : 0);
			long ownNanos = os.getProcessCpuTime();
			for (ProcessHandle process : own) {
				ownNanos += process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
			}
			return new Reading(busy * NANOS_PER_TICK, ownNanos, System.nanoTime());
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * The average number of cores other processes kept busy between two readings, or -1
	 * when unknown.
	 */
	static double otherCores(Reading before, Reading after) {
		if (before == null || after == null || after.wallNanos() == before.wallNanos()) {
			return -1;
		}
		long others = (after.machineBusyNanos() - before.machineBusyNanos())
				- (after.processNanos() - before.processNanos());
		return Math.max(0, (double) others / (after.wallNanos() - before.wallNanos()));
	}

	record Reading(long machineBusyNanos, long processNanos, long wallNanos) {

	}

}
