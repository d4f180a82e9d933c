package org.flashpoint.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.flashpoint.event.DatePrecision;
import org.flashpoint.core.NodeDocument;
import org.flashpoint.core.ExternalId;
import org.flashpoint.source.Report;
import org.flashpoint.core.SearchTerms;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Something an actor said: a quote, a warning, a call for a ceasefire.
 *
 * @param speakerId key of the actor who said it
 * @param quote the verbatim words, when the reports carry them
 * @param addresseeIds keys of the actors it was addressed to
 * @param mentionIds keys of the actors it mentions
 * @param aboutEventIds keys of the events it is about
 * @param searchTerms normalised words of the statement's own text (see
 * {@link #searchableTexts()}), derived on construction, so that search is an anchored
 * match that works on both backends
 */
@Document("statements")
// Indexes serve StatementFilter / StatementOrder on real MongoDB; orders end in the
// ascending id.
@CompoundIndexes({
		@CompoundIndex(name = "statement_external_id", def = "{'externalIds': 1}", unique = true, sparse = true),
		@CompoundIndex(name = "statement_speaker_made_on", def = "{'speakerId': 1, 'madeOn': -1, '_id': 1}"),
		@CompoundIndex(name = "statement_made_on", def = "{'madeOn': -1, '_id': 1}"),
		@CompoundIndex(name = "statement_created_at", def = "{'createdAt': -1, '_id': 1}"),
		@CompoundIndex(name = "statement_region_made_on", def = "{'regionId': 1, 'madeOn': -1, '_id': 1}"),
		@CompoundIndex(name = "statement_kind_made_on", def = "{'kind': 1, 'madeOn': -1, '_id': 1}") })
public record Statement(@Id String id, String speakerId, String quote, String summary, StatementKind kind,
		LocalDate madeOn, DatePrecision madeOnPrecision, @Indexed List<String> addresseeIds,
		@Indexed List<String> mentionIds, @Indexed List<String> aboutEventIds, List<Report> reports, String regionId,
		List<ExternalId> externalIds, @Indexed List<String> searchTerms, @Version Long version,
		@CreatedDate Instant createdAt, @LastModifiedDate Instant updatedAt) implements NodeDocument {

	public Statement {
		addresseeIds = (addresseeIds != null) ? List.copyOf(addresseeIds) : List.of();
		mentionIds = (mentionIds != null) ? List.copyOf(mentionIds) : List.of();
		aboutEventIds = (aboutEventIds != null) ? List.copyOf(aboutEventIds) : List.of();
		reports = (reports != null) ? List.copyOf(reports) : List.of();
		externalIds = (externalIds != null) ? List.copyOf(externalIds) : List.of();
		searchTerms = SearchTerms.ofTexts(searchableTexts(quote, summary, kind));
	}

	/**
	 * A new statement under this key, to be filled in by name: a statement has 17
	 * components, most of them optional, and a positional call full of {@code null}s
	 * hides which is which.
	 */
	public static Builder builder(String id) {
		return new Builder().id(id);
	}

	/**
	 * A builder holding this statement's components, for a copy that changes some of
	 * them.
	 */
	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.id = this.id;
		builder.speakerId = this.speakerId;
		builder.quote = this.quote;
		builder.summary = this.summary;
		builder.kind = this.kind;
		builder.madeOn = this.madeOn;
		builder.madeOnPrecision = this.madeOnPrecision;
		builder.addresseeIds = this.addresseeIds;
		builder.mentionIds = this.mentionIds;
		builder.aboutEventIds = this.aboutEventIds;
		builder.reports = this.reports;
		builder.regionId = this.regionId;
		builder.externalIds = this.externalIds;
		builder.version = this.version;
		builder.createdAt = this.createdAt;
		builder.updatedAt = this.updatedAt;
		return builder;
	}

	/**
	 * Builds a {@link Statement} component by component; what is not set is empty. The
	 * derived {@code searchTerms} are not set: the record computes them.
	 */
	public static final class Builder {

		private String id;

		private String speakerId;

		private String quote;

		private String summary;

		private StatementKind kind;

		private LocalDate madeOn;

		private DatePrecision madeOnPrecision;

		private List<String> addresseeIds;

		private List<String> mentionIds;

		private List<String> aboutEventIds;

		private List<Report> reports;

		private String regionId;

		private List<ExternalId> externalIds;

		private Long version;

		private Instant createdAt;

		private Instant updatedAt;

		private Builder() {
		}

		public Builder id(String id) {
			this.id = id;
			return this;
		}

		public Builder speakerId(String speakerId) {
			this.speakerId = speakerId;
			return this;
		}

		public Builder quote(String quote) {
			this.quote = quote;
			return this;
		}

		public Builder summary(String summary) {
			this.summary = summary;
			return this;
		}

		public Builder kind(StatementKind kind) {
			this.kind = kind;
			return this;
		}

		public Builder madeOn(LocalDate madeOn) {
			this.madeOn = madeOn;
			return this;
		}

		public Builder madeOnPrecision(DatePrecision madeOnPrecision) {
			this.madeOnPrecision = madeOnPrecision;
			return this;
		}

		public Builder addresseeIds(List<String> addresseeIds) {
			this.addresseeIds = addresseeIds;
			return this;
		}

		public Builder mentionIds(List<String> mentionIds) {
			this.mentionIds = mentionIds;
			return this;
		}

		public Builder aboutEventIds(List<String> aboutEventIds) {
			this.aboutEventIds = aboutEventIds;
			return this;
		}

		public Builder reports(List<Report> reports) {
			this.reports = reports;
			return this;
		}

		public Builder regionId(String regionId) {
			this.regionId = regionId;
			return this;
		}

		public Builder externalIds(List<ExternalId> externalIds) {
			this.externalIds = externalIds;
			return this;
		}

		public Builder version(Long version) {
			this.version = version;
			return this;
		}

		public Builder createdAt(Instant createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		public Builder updatedAt(Instant updatedAt) {
			this.updatedAt = updatedAt;
			return this;
		}

		public Statement build() {
			return new Statement(this.id, this.speakerId, this.quote, this.summary, this.kind, this.madeOn,
					this.madeOnPrecision, this.addresseeIds, this.mentionIds, this.aboutEventIds, this.reports,
					this.regionId, this.externalIds, null, this.version, this.createdAt, this.updatedAt);
		}

	}

	/**
	 * This statement with its references to merged actors pointed at the actors they were
	 * merged into.
	 */
	public Statement withActorsReplaced(Map<String, String> merged) {
		return toBuilder().speakerId(merged.getOrDefault(this.speakerId, this.speakerId))
			.addresseeIds(replaced(this.addresseeIds, merged))
			.mentionIds(replaced(this.mentionIds, merged))
			.build();
	}

	/** This statement no longer about a deleted event. */
	public Statement withoutAboutEvent(String eventKey) {
		return toBuilder().aboutEventIds(this.aboutEventIds.stream().filter((key) -> !key.equals(eventKey)).toList())
			.build();
	}

	private static List<String> replaced(List<String> keys, Map<String, String> merged) {
		return keys.stream().map((key) -> merged.getOrDefault(key, key)).distinct().toList();
	}

	/**
	 * The statement's own words, as search reads them: the quote, the summary and the
	 * CAMEO name of its kind. Reports are left out: every record taken from one article
	 * carries that article's headline, so it would match them all.
	 */
	public List<String> searchableTexts() {
		return searchableTexts(this.quote, this.summary, this.kind);
	}

	private static List<String> searchableTexts(String quote, String summary, StatementKind kind) {
		return Stream.of(quote, summary, (kind != null) ? kind.cameoType().name() : null)
			.filter(Objects::nonNull)
			.toList();
	}

}
