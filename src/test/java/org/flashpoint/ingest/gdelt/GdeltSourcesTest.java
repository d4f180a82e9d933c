package org.flashpoint.ingest.gdelt;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class GdeltSourcesTest {

	@ParameterizedTest
	@CsvSource({ "https://www.haaretz.com/israel-news/1.234, haaretz.com", "http://WWW.BBC.CO.UK/news?x=1, bbc.co.uk",
			"https://news.abs-cbn.com/news/07/01/20/x, news.abs-cbn.com", "https://6abc.com:443/path#top, 6abc.com",
			"http://user@example.org., example.org",
			"https://www.msn.com/en-za/news/other/city-of-cape-town-e2-80, msn.com" })
	void theDomainIsTheHostWithoutWww(String url, String domain) {
		assertThat(GdeltSources.domain(url)).contains(domain);
		GdeltSources.Sourced sourced = GdeltSources.of(url, LocalDate.of(2020, 7, 2)).orElseThrow();
		assertThat(sourced.source().domain()).isEqualTo(domain);
		assertThat(sourced.report().url()).isEqualTo(url);
		assertThat(sourced.report().sourceId()).isEqualTo(sourced.source().id());
	}

	@ParameterizedTest
	@ValueSource(strings = { "http:///nohost", "https://bad host/x", "https://_/" })
	void aLinkWithoutAUsableHostNamesTheOutletByItsText(String text) {
		GdeltSources.Sourced sourced = GdeltSources.of(text, null).orElseThrow();
		assertThat(sourced.source().name()).isEqualTo(text);
		assertThat(sourced.source().domain()).isNull();
		assertThat(sourced.report().url()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "-", "\u2014" })
	void textWithoutLetterOrDigitIsNoOutlet(String text) {
		assertThat(GdeltSources.of(text, null)).isEmpty();
	}

}
