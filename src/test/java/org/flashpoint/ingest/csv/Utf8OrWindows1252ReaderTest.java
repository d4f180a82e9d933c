package org.flashpoint.ingest.csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8OrWindows1252ReaderTest {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static String read(Reader reader) throws IOException {
		StringWriter text = new StringWriter();
		reader.transferTo(text);
		return text.toString();
	}

	@Test
	void utf8IsReadAsUtf8() throws IOException {
		String text = "caf\u00e9 \u2013 Ka\u017ea\u0144 \u0639\u0631\u0628\u064a";
		Utf8OrWindows1252Reader reader = new Utf8OrWindows1252Reader(
				new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		assertThat(read(reader)).isEqualTo(text);
		assertThat(reader.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(reader.switchedAtByte()).isEqualTo(-1);
	}

	@Test
	void windows1252WithinTheLookAheadIsReadAsWindows1252Throughout() throws IOException {
		// "Ã©" is valid UTF-8 for "é" when read alone; the later 0x92 makes the whole
		// file Windows-1252
		String text = "Ã© then People\u2019s";
		Utf8OrWindows1252Reader reader = new Utf8OrWindows1252Reader(
				new ByteArrayInputStream(text.getBytes(WINDOWS_1252)));
		assertThat(read(reader)).isEqualTo(text);
		assertThat(reader.charset()).isEqualTo(WINDOWS_1252);
	}

	@Test
	void windows1252AfterTheLookAheadSwitchesAtItsFirstMalformedByte() throws IOException {
		String text = "ascii only for a while, then People\u2019s caf\u00e9";
		Utf8OrWindows1252Reader reader = new Utf8OrWindows1252Reader(
				new ByteArrayInputStream(text.getBytes(WINDOWS_1252)), 16);
		assertThat(read(reader)).isEqualTo(text);
		assertThat(reader.charset()).isEqualTo(WINDOWS_1252);
		assertThat(reader.switchedAtByte()).isEqualTo(text.indexOf('\u2019'));
	}

	@Test
	void utf8CharactersAcrossBufferBoundariesAreWhole() throws IOException {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 20_000; i++) {
			text.append((i % 7 == 0) ? "\u20ac" : (i % 5 == 0) ? "\ud83d\ude00" : "a");
		}
		Utf8OrWindows1252Reader reader = new Utf8OrWindows1252Reader(
				new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), 100);
		assertThat(read(reader)).isEqualTo(text.toString());
		assertThat(reader.switchedAtByte()).isEqualTo(-1);
	}

	@Test
	void aByteOrderMarkIsDropped() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		bytes.write("id,name".getBytes(StandardCharsets.UTF_8));
		assertThat(read(new Utf8OrWindows1252Reader(new ByteArrayInputStream(bytes.toByteArray()))))
			.isEqualTo("id,name");
	}

	@Test
	void aTruncatedSequenceAtTheEndIsNotLost() throws IOException {
		byte[] bytes = { 'a', (byte) 0xC3 };
		assertThat(read(new Utf8OrWindows1252Reader(new ByteArrayInputStream(bytes)))).isEqualTo("a\u00c3");
		assertThat(read(new Utf8OrWindows1252Reader(new ByteArrayInputStream(new byte[0])))).isEmpty();
	}

}
