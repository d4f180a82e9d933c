package org.flashpoint.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * How the app's own pages are answered: UTF-8 HTML, revalidated on every load (a new
 * build names new asset versions), under a Content-Security-Policy that lets the page
 * load and connect to nothing but this app. Pages carry no inline script, so
 * {@code script-src 'self'} holds; inline styles are allowed because GraphiQL and ECharts
 * position their popups with them. {@code connect-src 'self'} covers the WebSocket of the
 * same host (CSP Level 3).
 */
public final class HtmlPage {

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "font-src 'self' data:", "connect-src 'self'",
			"object-src 'none'", "base-uri 'none'", "frame-ancestors 'self'");

	private HtmlPage() {
	}

	/**
	 * The answer carrying a page.
	 * @param html the whole page
	 * @return 200 with the page and its headers
	 */
	public static ResponseEntity<String> of(String html) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.body(html);
	}

	/**
	 * Text made safe for an HTML attribute or element.
	 * @param text any text
	 * @return the text with {@code <>&"'} escaped
	 */
	public static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

}
