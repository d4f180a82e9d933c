package org.flashpoint.ingest.follow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sun.net.httpserver.HttpServer;

/**
 * A local server laid out as GDELT's: {@code lastupdate.txt}, {@code masterfilelist.txt}
 * and zipped exports with their sizes and MD5s, cut from the committed GDELT sample
 * (20191024143000, open data) into four exports of consecutive 15-minute intervals. What
 * it answers can be changed per path: a body, a status, or {@link #HANG} (the headers,
 * ten bytes, then nothing for a minute).
 */
final class LocalGdeltServer implements AutoCloseable {

	static final String[] STAMPS = { "20191024140000", "20191024141500", "20191024143000", "20191024144500" };

	static final String HANG = "hang";

	private final HttpServer server;

	private final Map<String, Object> routes = new ConcurrentHashMap<>();

	private final Map<String, byte[]> exports = exports();

	LocalGdeltServer() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.createContext("/", (exchange) -> {
			Object route = this.routes.get(exchange.getRequestURI().getPath());
			if (route instanceof byte[] body) {
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
			else if (HANG.equals(route)) {
				exchange.sendResponseHeaders(200, 1_000_000);
				exchange.getResponseBody().write(new byte[10]);
				exchange.getResponseBody().flush();
				try {
					Thread.sleep(60_000);
				}
				catch (InterruptedException ignored) {
					Thread.currentThread().interrupt();
				}
				exchange.close();
			}
			else {
				exchange.sendResponseHeaders((route instanceof Integer status) ? status : 404, -1);
				exchange.close();
			}
		});
		this.server.start();
	}

	/** Every export served and listed in the master file list; lastupdate.txt unset. */
	void publishEverything() {
		this.routes.clear();
		this.exports.forEach((name, zip) -> this.routes.put("/gdeltv2/" + name, zip));
		this.routes.put("/gdeltv2/masterfilelist.txt", list(List.of(STAMPS)));
	}

	void publishLatest(String stamp) {
		this.routes.put("/gdeltv2/lastupdate.txt", list(List.of(stamp)));
	}

	/** What the server answers for a file of {@code /gdeltv2/}. */
	void answer(String file, Object route) {
		this.routes.put("/gdeltv2/" + file, route);
	}

	byte[] export(String stamp) {
		return this.exports.get(name(stamp));
	}

	String lastUpdateUrl() {
		return base() + "lastupdate.txt";
	}

	byte[] list(List<String> stamps) {
		StringBuilder text = new StringBuilder();
		for (String stamp : stamps) {
			byte[] zip = export(stamp);
			text.append(new String(listLine(name(stamp), zip.length, md5(zip)), StandardCharsets.UTF_8));
			// GDELT lists the mentions and GKG files of each interval too.
			text.append("123 0123456789abcdef0123456789abcdef ")
				.append(base())
				.append(stamp)
				.append(".mentions.CSV.zip\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] listLine(String name, long size, String md5) {
		return "%d %s %s%s\n".formatted(size, md5, base(), name).getBytes(StandardCharsets.UTF_8);
	}

	static String name(String stamp) {
		return stamp + ".export.CSV.zip";
	}

	/** The rows of the sample, all four exports together. */
	static long rowsOfTheSample() {
		return new String(sample(), StandardCharsets.UTF_8).lines().count();
	}

	static String md5(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String base() {
		return "http://localhost:" + this.server.getAddress().getPort() + "/gdeltv2/";
	}

	/** The sample's rows, dealt out to four exports, each zipped as GDELT zips them. */
	private static Map<String, byte[]> exports() {
		List<String> rows = new String(sample(), StandardCharsets.UTF_8).lines().toList();
		Map<String, byte[]> zips = new LinkedHashMap<>();
		int per = (rows.size() + STAMPS.length - 1) / STAMPS.length;
		for (int i = 0; i < STAMPS.length; i++) {
			List<String> part = rows.subList(i * per, Math.min(rows.size(), (i + 1) * per));
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				zip.putNextEntry(new ZipEntry(STAMPS[i] + ".export.CSV"));
				zip.write((String.join("\n", part) + "\n").getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			zips.put(name(STAMPS[i]), bytes.toByteArray());
		}
		return zips;
	}

	private static byte[] sample() {
		try (InputStream in = new GZIPInputStream(
				LocalGdeltServer.class.getResourceAsStream("/gdelt/20191024143000.export.CSV.gz"))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
