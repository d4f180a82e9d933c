package org.flashpoint.ingest.gdelt;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layouts against GDELT's published column lists, copied here from the label files of
 * gdeltPyR ({@code GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv} and
 * {@code GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv}), which stand in for
 * GDELT's own header files.
 */
class GdeltLayoutTest {

	private static final String GDELT_2_COLUMNS = """
			GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode
			Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code
			Actor1Type2Code Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode
			Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code
			Actor2Type3Code IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale
			NumMentions NumSources NumArticles AvgTone Actor1Geo_Type Actor1Geo_FullName
			Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long
			Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code
			Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type
			ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat
			ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL""";

	private static final String GDELT_1_COLUMNS = """
			GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode
			Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code
			Actor1Type2Code Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode
			Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code
			Actor2Type3Code IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale
			NumMentions NumSources NumArticles AvgTone Actor1Geo_Type Actor1Geo_FullName
			Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
			Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_Lat
			Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode
			ActionGeo_ADM1Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL""";

	@Test
	void gdelt2HasItsSixtyOneColumnsInOrder() {
		assertThat(GdeltLayout.V2.columns()).hasSize(61).containsExactlyElementsOf(names(GDELT_2_COLUMNS));
		assertThat(GdeltLayout.V2.position("ActionGeo_Lat")).isEqualTo(56);
		assertThat(GdeltLayout.V2.position("SOURCEURL")).isEqualTo(60);
	}

	@Test
	void gdelt1DailyHasItsFiftyEightColumnsInOrder() {
		assertThat(GdeltLayout.V1_DAILY.columns()).hasSize(58).containsExactlyElementsOf(names(GDELT_1_COLUMNS));
		assertThat(GdeltLayout.V1_DAILY.position("ActionGeo_Lat")).isEqualTo(53);
	}

	@Test
	void gdelt1HistoricalIsTheDailyLayoutWithoutSourceUrl() {
		List<String> daily = new ArrayList<>(names(GDELT_1_COLUMNS));
		daily.remove("SOURCEURL");
		assertThat(GdeltLayout.V1_HISTORICAL.columns()).hasSize(57).containsExactlyElementsOf(daily);
		assertThat(GdeltLayout.V1_HISTORICAL.has("SOURCEURL")).isFalse();
	}

	@Test
	void layoutsAreToldApartByColumnCount() {
		assertThat(GdeltLayout.ofColumnCount(61)).contains(GdeltLayout.V2);
		assertThat(GdeltLayout.ofColumnCount(58)).contains(GdeltLayout.V1_DAILY);
		assertThat(GdeltLayout.ofColumnCount(57)).contains(GdeltLayout.V1_HISTORICAL);
		assertThat(GdeltLayout.ofColumnCount(60)).isEmpty();
		assertThat(GdeltLayout.ofColumnCount(1)).isEmpty();
	}

	private static List<String> names(String columns) {
		return List.of(columns.strip().split("\\s+"));
	}

}
