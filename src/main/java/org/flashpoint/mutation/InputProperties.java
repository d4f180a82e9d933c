package org.flashpoint.mutation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code flashpoint.input.*}: the bounds every value a client sends is held to, whatever
 * the field. Fields with a natural limit of their own (a name, a quote, a URL) declare a
 * tighter one; these are the backstop that keeps anything the store cannot hold (a BSON
 * document is at most 16 MB) from reaching it.
 *
 * @param maxStringLength the most characters (UTF-16 code units) any string argument or
 * input field may have
 * @param maxRequestSize the largest body a GraphQL request over HTTP may have; a larger
 * one is refused with HTTP 413 before it is read
 */
@ConfigurationProperties("flashpoint.input")
public record InputProperties(@DefaultValue("10000") int maxStringLength,
		@DefaultValue("4MB") DataSize maxRequestSize) {

}
