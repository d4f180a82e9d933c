package org.flashpoint.event;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.flashpoint.mutation.MutationReceipts;
import org.flashpoint.core.UserError;
import org.flashpoint.region.CountryCode;
import org.flashpoint.core.ExternalId;
import org.flashpoint.source.ReportInput;
import org.flashpoint.source.SourceSystem;

/** The inputs and payloads of the event mutations, with the rules their fields follow. */
final class EventInputs {

	private EventInputs() {
	}

	record RecordEventInput(@NotBlank @Size(max = 8) String typeCode, @NotNull @PastOrPresent LocalDate occurredOn,
			DatePrecision datePrecision, String initiator, String target,
			@Size(max = 50) List<@NotNull @Valid ParticipantInput> participants, @Valid LocationInput location,
			String region, @Valid FatalitiesInput fatalities, @Size(max = 2000) String summary,
			@Size(max = 200) String nativeType, @Size(max = 50) List<@NotNull @Valid ReportInput> reports,
			@Size(max = 20) List<@NotNull @Valid ExternalId> externalIds, SourceSystem sourceSystem,
			@Size(max = MutationReceipts.MAX_CLIENT_MUTATION_ID_LENGTH) String clientMutationId) {

	}

	record UpdateEventInput(@NotBlank String id, @NotNull Long expectedVersion, @Size(max = 8) String typeCode,
			@PastOrPresent LocalDate occurredOn, DatePrecision datePrecision, String initiator, String target,
			@Size(max = 50) List<@NotNull @Valid ParticipantInput> participants, @Valid LocationInput location,
			String region, @Valid FatalitiesInput fatalities, @Size(max = 2000) String summary,
			@Size(max = 200) String nativeType, @Size(max = 50) List<@NotNull @Valid ReportInput> reports,
			@Size(max = MutationReceipts.MAX_CLIENT_MUTATION_ID_LENGTH) String clientMutationId) {

	}

	record ParticipantInput(@NotBlank String actor, @NotNull ParticipantRole role) {

	}

	record LocationInput(@Size(max = 200) String name, @CountryCode String country, @Size(max = 200) String admin1,
			@DecimalMin("-90") @DecimalMax("90") Double lat, @DecimalMin("-180") @DecimalMax("180") Double lon,
			GeoPrecision precision) {

		Location toLocation() {
			return new Location(this.name, this.country, this.admin1, this.lat, this.lon, this.precision);
		}

	}

	record FatalitiesInput(@PositiveOrZero Integer best, @PositiveOrZero Integer low, @PositiveOrZero Integer high) {

		Fatalities toFatalities() {
			return new Fatalities(this.best, this.low, this.high);
		}

	}

	record LinkEventsInput(@NotBlank String from, @NotBlank String to, @NotNull EventLinkType type,
			@Size(max = MutationReceipts.MAX_CLIENT_MUTATION_ID_LENGTH) String clientMutationId) {

	}

	record DeleteEventInput(@NotBlank String id, Long expectedVersion,
			@Size(max = MutationReceipts.MAX_CLIENT_MUTATION_ID_LENGTH) String clientMutationId) {

	}

	/** The payload of recordEvent, updateEvent and linkEvents. */
	record EventPayload(Event event, List<UserError> userErrors, String clientMutationId) {

	}

}
