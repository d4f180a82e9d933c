package org.flashpoint.ingest.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text that is UTF-8 or Windows-1252 without being told which, while streaming.
 * ACLED's exports have been both: the 2016 files are Windows-1252 (byte 0x92 for a curly
 * apostrophe), today's are UTF-8, and neither says so.
 * <p>
 * How: the first {@value #DEFAULT_PREFIX_BYTES} bytes (4 MiB) are read ahead and decoded
 * as strict UTF-8. A malformed sequence there means Windows-1252, and the whole file is
 * decoded so. Otherwise decoding starts as strict UTF-8, and should a malformed sequence
 * turn up later, the reader switches to Windows-1252 at that byte for the rest of the
 * file. Real Windows-1252 text almost never forms valid UTF-8 multi-byte sequences, so a
 * file whose first non-ASCII byte lies beyond the look-ahead is still decoded exactly:
 * everything before it was ASCII, which both encodings read alike.
 * <p>
 * The limits, both far-fetched: a Windows-1252 file that is pure ASCII for its first 4
 * MiB and then holds a pair like {@code Ã©} (which is also valid UTF-8) before its first
 * malformed byte has that pair read as UTF-8 "é"; and a UTF-8 file with one corrupt byte
 * after 4 MiB is read as Windows-1252 from that byte on, so its later non-ASCII
 * characters are garbled rather than refused. Memory use is the look-ahead plus a small
 * buffer, whatever the file's size. A UTF-8 byte order mark is dropped. Windows-1252's
 * five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD.
 */
public final class Utf8OrWindows1252Reader extends Reader {

	/**
	 * How much is read ahead to decide the encoding before the first character is
	 * returned.
	 */
	public static final int DEFAULT_PREFIX_BYTES = 4 * 1024 * 1024;

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final InputStream in;

	private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();

	private CharsetDecoder decoder;

	private boolean endOfInput;

	private boolean finished;

	private long switchedAtByte = -1;

	private long bytesDecoded;

	public Utf8OrWindows1252Reader(InputStream in) throws IOException {
		this(in, DEFAULT_PREFIX_BYTES);
	}

	Utf8OrWindows1252Reader(InputStream in, int prefixBytes) throws IOException {
		byte[] prefix = in.readNBytes(prefixBytes);
		boolean complete = prefix.length < prefixBytes;
		boolean utf8 = isUtf8(prefix, complete);
		int start = (utf8 && prefix.length >= 3 && (prefix[0] & 0xFF) == 0xEF && (prefix[1] & 0xFF) == 0xBB
				&& (prefix[2] & 0xFF) == 0xBF) ? 3 : 0;
		this.in = new SequenceInputStream(new ByteArrayInputStream(prefix, start, prefix.length - start), in);
		this.decoder = utf8 ? strictUtf8() : windows1252();
	}

	/**
	 * The encoding being decoded now: UTF-8, or Windows-1252 from the start or since a
	 * switch.
	 */
	public Charset charset() {
		return this.decoder.charset();
	}

	/**
	 * Where decoding switched from UTF-8 to Windows-1252, as an offset from the first
	 * byte after a byte order mark; -1 if it did not (yet).
	 */
	public long switchedAtByte() {
		return this.switchedAtByte;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (this.finished) {
			return -1;
		}
		CharBuffer out = CharBuffer.wrap(buffer, offset, length);
		while (out.position() == offset) {
			int before = this.bytes.position();
			CoderResult result = this.decoder.decode(this.bytes, out, this.endOfInput);
			this.bytesDecoded += this.bytes.position() - before;
			if (result.isError()) {
				this.switchedAtByte = this.bytesDecoded;
				this.decoder = windows1252();
			}
			else if (result.isOverflow()) {
				break;
			}
			else if (this.endOfInput) {
				this.decoder.flush(out);
				this.finished = true;
				break;
			}
			else {
				fill();
			}
		}
		int read = out.position() - offset;
		return (read == 0 && this.finished) ? -1 : read;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

	private void fill() throws IOException {
		this.bytes.compact();
		int read = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
		if (read < 0) {
			this.endOfInput = true;
		}
		else {
			this.bytes.position(this.bytes.position() + read);
		}
		this.bytes.flip();
	}

	/**
	 * Whether the bytes are valid UTF-8; a sequence cut off at the end counts if more is
	 * to come.
	 */
	static boolean isUtf8(byte[] prefix, boolean complete) {
		CharsetDecoder decoder = strictUtf8();
		ByteBuffer in = ByteBuffer.wrap(prefix);
		CharBuffer out = CharBuffer.allocate(8192);
		while (true) {
			CoderResult result = decoder.decode(in, out, complete);
			if (result.isError()) {
				return false;
			}
			if (result.isUnderflow()) {
				return true;
			}
			out.clear();
		}
	}

	private static CharsetDecoder strictUtf8() {
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static CharsetDecoder windows1252() {
		return WINDOWS_1252.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
	}

}
