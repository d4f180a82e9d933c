package org.flashpoint.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar flashpoint.jar import --format=gdelt FILE...}: imports files into the
 * configured database ({@code spring.mongodb.uri}, or the embedded file store when no
 * server holds it), with a progress bar per file (on standard error) and a summary (on
 * standard output, where logs appear from WARN up unless {@code --verbose}). Exits 0 when
 * every file was imported (rejected rows are reported, not fatal), 1 when a file failed
 * or the database cannot be used (one line naming why, see
 * {@code FlashpointApplication}), 2 on wrong arguments.
 */
@Component
@ConditionalOnProperty(name = ImportCommand.PROPERTY, havingValue = "true")
public class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	public static final String NAME = "import";

	public static final String PROPERTY = "flashpoint.command.import";

	private final ImportService imports;

	private final PrintStream out = System.out;

	private final PrintStream err = System.err;

	private int exitCode;

	ImportCommand(ImportService imports) {
		this.imports = imports;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> formats = args.getOptionValues("format");
		ImportFormat format = (formats != null && formats.size() == 1) ? ImportFormat.named(formats.get(0)).orElse(null)
				: null;
		List<Path> files = args.getNonOptionArgs().stream().map(Path::of).toList();
		if (format == null || files.isEmpty()) {
			this.err.println("Usage: java -jar flashpoint.jar import --format=gdelt|acled|ucdp [--verbose] FILE...");
			this.exitCode = 2;
			return;
		}
		if (!this.imports.supports(format)) {
			this.err.println("Importing " + format + " files is not available in this version");
			this.exitCode = 2;
			return;
		}
		for (Path file : files) {
			if (!Files.isReadable(file)) {
				this.err.println(file + ": no such file, or not readable");
				this.exitCode = 2;
				return;
			}
		}
		for (Path file : files) {
			ImportJob job = importWithProgressBar(format, file);
			this.out.printf(
					"%s: %s — %,d rows read, %,d events inserted, %,d updated, %,d unchanged, %,d rejected, %,d duplicates in the file%n",
					file.getFileName(), job.state(), job.rowsRead(), job.inserted(), job.updated(), job.unchanged(),
					job.rejected(), job.duplicatesInFile());
			job.errors()
				.stream()
				.limit(10)
				.forEach((error) -> this.out.printf("  line %d: %s%n", error.line(), error.message()));
			if (job.rejected() > 10) {
				this.out.printf("  … and %,d more rejected rows%n", job.rejected() - 10);
			}
			if (job.state() == ImportState.FAILED) {
				this.err.println(file.getFileName() + ": " + job.failure());
				this.exitCode = 1;
			}
		}
	}

	/**
	 * The bar measures the bytes of the file read (compressed bytes for .gz and .zip)
	 * against its size, so it shows a total, a percentage and an ETA whatever the file
	 * holds; the rows read so far follow it.
	 */
	private ImportJob importWithProgressBar(ImportFormat format, Path file) {
		long size = size(file);
		boolean large = size >= 10_000_000;
		try (ProgressBar bar = new ProgressBarBuilder().setTaskName(file.getFileName().toString())
			.setInitialMax(size)
			.setUnit(large ? " MB" : " kB", large ? 1_000_000 : 1_000)
			.showSpeed(new DecimalFormat("0.0"))
			.setStyle(ProgressBarStyle.ASCII)
			.setUpdateIntervalMillis((int) Duration.ofMillis(200).toMillis())
			// Without a terminal (CI logs, pipes) the bar cannot measure one: a fixed
			// width keeps it readable.
			.setConsumer(new ConsoleProgressBarConsumer(this.err, 120))
			.build()) {
			ImportJob job = this.imports.importFile(format, file, (progress) -> {
				bar.stepTo(progress.bytesRead());
				bar.setExtraMessage(" %,d rows".formatted(progress.rowsRead()));
			});
			bar.stepTo(bar.getMax());
			bar.setExtraMessage(" %,d rows".formatted(job.rowsRead()));
			return job;
		}
	}

	private static long size(Path file) {
		try {
			return Math.max(1, Files.size(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
