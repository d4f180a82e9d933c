package org.flashpoint.paging;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;

/**
 * Keyset cursors in a format of this API's own: the position's direction and its keys,
 * each value tagged with one of a closed set of kinds (text, integer, long, floating
 * point, boolean, date, instant, null), followed by an HMAC-SHA256 of all that, in
 * URL-safe base64.
 * <p>
 * Why not Spring's {@code ScrollPositionCursorStrategy}: it writes Jackson's polymorphic
 * type information ({@code ["java.time.LocalDate", …]}) into the cursor and reads back
 * whatever class a client names there. Here the signature is checked before a single
 * value is read, so a cursor this API did not issue — forged, truncated, altered by one
 * bit, or signed with another key — is refused as a whole, and the values read are only
 * ever the kinds listed above. Which keys a connection accepts is still checked by
 * {@link Paginator#position}, so a cursor of a list in another order is refused too.
 */
final class SignedCursors implements CursorStrategy<ScrollPosition> {

	/** The first byte of every cursor; a new layout gets a new number. */
	static final byte VERSION = 1;

	private static final String ALGORITHM = "HmacSHA256";

	/** Bytes of the signature kept: 128 bits, as many as a forger would have to guess. */
	private static final int SIGNATURE_LENGTH = 16;

	/** More keys than any order of this API has; a bound for reading, not a rule. */
	private static final int MAX_KEYS = 16;

	private static final byte FORWARD = 0;

	private static final byte BACKWARD = 1;

	private final SecretKeySpec key;

	SignedCursors(byte[] secret) {
		this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
	}

	@Override
	public boolean supports(Class<?> targetType) {
		return ScrollPosition.class.isAssignableFrom(targetType);
	}

	@Override
	public String toCursor(ScrollPosition position) {
		if (!(position instanceof KeysetScrollPosition keyset)) {
			throw new IllegalArgumentException("Connections of this API page by keyset, not " + position);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(VERSION);
			out.writeByte(keyset.scrollsForward() ? FORWARD : BACKWARD);
			out.writeByte(keyset.getKeys().size());
			for (Map.Entry<String, Object> entry : keyset.getKeys().entrySet()) {
				writeText(out, entry.getKey());
				CursorValue.write(out, entry.getValue());
			}
			out.write(sign(bytes.toByteArray()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
	}

	/**
	 * @throws IllegalArgumentException if this API did not issue the cursor with this key
	 */
	@Override
	public ScrollPosition fromCursor(String cursor) {
		byte[] bytes = Base64.getUrlDecoder().decode(cursor);
		if (bytes.length <= SIGNATURE_LENGTH || bytes[0] != VERSION) {
			throw new IllegalArgumentException("Not a cursor of this API");
		}
		byte[] content = Arrays.copyOfRange(bytes, 0, bytes.length - SIGNATURE_LENGTH);
		byte[] signature = Arrays.copyOfRange(bytes, bytes.length - SIGNATURE_LENGTH, bytes.length);
		if (!MessageDigest.isEqual(sign(content), signature)) {
			throw new IllegalArgumentException("The cursor's signature does not match");
		}
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(content))) {
			in.readByte();
			byte direction = in.readByte();
			int count = in.readUnsignedByte();
			if ((direction != FORWARD && direction != BACKWARD) || count > MAX_KEYS) {
				throw new IllegalArgumentException("Not a cursor of this API");
			}
			Map<String, Object> keys = new LinkedHashMap<>();
			for (int i = 0; i < count; i++) {
				keys.put(readText(in), CursorValue.read(in));
			}
			if (in.available() > 0) {
				throw new IllegalArgumentException("Not a cursor of this API");
			}
			return (direction == FORWARD) ? ScrollPosition.forward(keys) : ScrollPosition.backward(keys);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Not a cursor of this API", ex);
		}
	}

	private byte[] sign(byte[] content) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return Arrays.copyOf(mac.doFinal(content), SIGNATURE_LENGTH);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", ex);
		}
	}

	private static void writeText(DataOutputStream out, String text) throws IOException {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

	private static String readText(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0 || length > in.available()) {
			throw new IllegalArgumentException("Not a cursor of this API");
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(in.readNBytes(length)))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException("Not a cursor of this API", ex);
		}
	}

	/** The kinds of values a cursor holds, each under a tag of its own. */
	private enum CursorValue {

		NULL('N'), TEXT('S'), INT('I'), LONG('J'), DOUBLE('D'), BOOLEAN('Z'), DATE('d'), INSTANT('T'), LEGACY_DATE('t');

		private final byte tag;

		CursorValue(char tag) {
			this.tag = (byte) tag;
		}

		static void write(DataOutputStream out, Object value) throws IOException {
			CursorValue kind = of(value);
			out.writeByte(kind.tag);
			switch (kind) {
				case NULL -> {
				}
				case TEXT -> writeText(out, (value instanceof Enum<?> e) ? e.name() : (String) value);
				case INT -> out.writeInt(((Number) value).intValue());
				case LONG -> out.writeLong((Long) value);
				case DOUBLE -> out.writeDouble(((Number) value).doubleValue());
				case BOOLEAN -> out.writeBoolean((Boolean) value);
				case DATE -> out.writeLong(((LocalDate) value).toEpochDay());
				case INSTANT -> {
					out.writeLong(((Instant) value).getEpochSecond());
					out.writeInt(((Instant) value).getNano());
				}
				case LEGACY_DATE -> out.writeLong(((Date) value).getTime());
			}
		}

		static Object read(DataInputStream in) throws IOException {
			byte tag = in.readByte();
			CursorValue kind = Arrays.stream(values())
				.filter((candidate) -> candidate.tag == tag)
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Not a cursor of this API"));
			return switch (kind) {
				case NULL -> null;
				case TEXT -> readText(in);
				case INT -> in.readInt();
				case LONG -> in.readLong();
				case DOUBLE -> in.readDouble();
				case BOOLEAN -> in.readBoolean();
				case DATE -> LocalDate.ofEpochDay(in.readLong());
				case INSTANT -> Instant.ofEpochSecond(in.readLong(), in.readInt());
				case LEGACY_DATE -> new Date(in.readLong());
			};
		}

		/**
		 * Sort keys are stored fields of these kinds; anything else is a programming
		 * error.
		 */
		private static CursorValue of(Object value) {
			if (value == null) {
				return NULL;
			}
			if (value instanceof String || value instanceof Enum<?>) {
				return TEXT;
			}
			if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
				return INT;
			}
			if (value instanceof Long) {
				return LONG;
			}
			if (value instanceof Double || value instanceof Float) {
				return DOUBLE;
			}
			if (value instanceof Boolean) {
				return BOOLEAN;
			}
			if (value instanceof LocalDate) {
				return DATE;
			}
			if (value instanceof Instant) {
				return INSTANT;
			}
			if (value instanceof Date) {
				return LEGACY_DATE;
			}
			throw new IllegalArgumentException("A cursor cannot hold a " + value.getClass().getSimpleName());
		}

	}

}
