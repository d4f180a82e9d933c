package org.flashpoint.region;

/**
 * {@link RegionBackbone#ensureCountry(String)} was given something that is not an ISO
 * 3166-1 alpha-3 code in capitals ("XXX", "ken", {@code null}). An importer converts the
 * datasets' codes first ({@code CountryCodes}) and leaves a row's region empty when there
 * is no country, so this is a programming error, not a bad row: it is an
 * {@link IllegalArgumentException} and nothing has been written when it is thrown.
 */
public class UnknownCountryException extends IllegalArgumentException {

	private final String country;

	public UnknownCountryException(String country) {
		super("'%s' is not an ISO 3166-1 alpha-3 country code (in capitals) of the UN M49 table".formatted(country));
		this.country = country;
	}

	/** The code that was refused, as given. */
	public String country() {
		return this.country;
	}

}
