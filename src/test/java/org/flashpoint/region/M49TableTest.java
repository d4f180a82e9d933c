package org.flashpoint.region;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flashpoint.reference.country.CountryCodes;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The UN M49 table the region backbone is built from is complete and consistent. */
class M49TableTest {

	/**
	 * ISO 3166-1 codes M49 places in no region. Antarctica (M49 010) is only under World;
	 * the backbone hangs it under the root.
	 */
	private static final Set<String> OUTSIDE_M49_REGIONS = Set.of("ATA");

	private static final Set<String> REGIONS = Set.of("002 Africa", "019 Americas", "142 Asia", "150 Europe",
			"009 Oceania");

	@Test
	void everyIsoCountryOfTheJdkIsThereButAntarctica() throws IOException {
		Set<String> listed = new TreeSet<>();
		rows().forEach((row) -> listed.add(row.get("iso3")));
		Set<String> expected = new TreeSet<>(CountryCodes.standard().isoAlpha3Codes());
		expected.removeAll(OUTSIDE_M49_REGIONS);
		assertThat(listed).isEqualTo(expected);
	}

	@Test
	void noIsoOrM49CodeAppearsTwice() throws IOException {
		List<CSVRecord> rows = rows();
		assertThat(rows).extracting((row) -> row.get("iso3")).doesNotHaveDuplicates();
		assertThat(rows).extracting((row) -> row.get("m49")).doesNotHaveDuplicates();
	}

	@Test
	void everyRowHasACodeANameARegionAndASubregion() throws IOException {
		for (CSVRecord row : rows()) {
			assertThat(row.get("m49")).as("line %d", row.getRecordNumber() + 1).matches("\\d{3}");
			assertThat(row.get("name")).as("line %d", row.getRecordNumber() + 1).isNotBlank();
			assertThat(row.get("region_code") + " " + row.get("region_name")).as("line %d", row.getRecordNumber() + 1)
				.isIn(REGIONS);
			assertThat(row.get("subregion_code")).as("line %d", row.getRecordNumber() + 1).matches("\\d{3}");
			assertThat(row.get("subregion_name")).as("line %d", row.getRecordNumber() + 1).isNotBlank();
			assertThat(row.get("intermediate_code").isEmpty()).as("line %d", row.getRecordNumber() + 1)
				.isEqualTo(row.get("intermediate_name").isEmpty());
		}
	}

	/**
	 * A group has one name and one place: a sub-region in one region, an intermediate
	 * region in one sub-region.
	 */
	@Test
	void everyGroupHasOneNameAndOneParent() throws IOException {
		Map<String, String> nameAndParent = new HashMap<>();
		for (CSVRecord row : rows()) {
			expectOnce(nameAndParent, row.get("subregion_code"),
					row.get("subregion_name") + " in " + row.get("region_code"));
			if (!row.get("intermediate_code").isEmpty()) {
				expectOnce(nameAndParent, row.get("intermediate_code"),
						row.get("intermediate_name") + " in " + row.get("subregion_code"));
			}
		}
		assertThat(nameAndParent).containsEntry("145", "Western Asia in 142")
			.containsEntry("014", "Eastern Africa in 202")
			.containsEntry("029", "Caribbean in 419")
			.containsEntry("830", "Channel Islands in 154")
			.containsEntry("151", "Eastern Europe in 150");
	}

	@Test
	void theTableAnswersCountriesWithTheirGroupsFromTheLargestDown() {
		M49Table table = M49Table.standard();
		assertThat(table.areas()).hasSize(248);
		assertThat(table.area("KEN")).hasValueSatisfying((kenya) -> {
			assertThat(kenya.code()).isEqualTo("404");
			assertThat(kenya.name()).isEqualTo("Kenya");
			assertThat(kenya.groups()).extracting(M49Table.Group::name)
				.containsExactly("Africa", "Sub-Saharan Africa", "Eastern Africa");
		});
		assertThat(table.area("PSE")).hasValueSatisfying((palestine) -> {
			assertThat(palestine.code()).isEqualTo("275");
			assertThat(palestine.groups()).extracting(M49Table.Group::code).containsExactly("142", "145");
		});
		assertThat(table.area("ATA")).hasValueSatisfying((antarctica) -> assertThat(antarctica.groups()).isEmpty());
		assertThat(table.area("XXX")).isEmpty();
		assertThat(table.area("ken")).isEmpty();
		assertThat(table.area(null)).isEmpty();
	}

	private static void expectOnce(Map<String, String> seen, String code, String nameAndParent) {
		String earlier = seen.putIfAbsent(code, nameAndParent);
		assertThat(earlier).as("group %s", code).isIn(null, nameAndParent);
	}

	/**
	 * The file as written, read without the table's own checks, so a mistake shows as a
	 * failed assertion.
	 */
	private static List<CSVRecord> rows() throws IOException {
		try (Reader reader = new InputStreamReader(new ClassPathResource(M49Table.RESOURCE).getInputStream(),
				StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
