package org.flashpoint.source;

import java.util.ArrayList;
import java.util.List;

import org.flashpoint.mutation.InputReferences.Ref;
import org.flashpoint.mutation.InputReferences;
import org.flashpoint.core.UserErrorCode;
import org.flashpoint.core.UserErrors;

/**
 * The reports of a mutation's input, with their outlets checked along with the input's
 * other references.
 */
public final class Reports {

	private final List<ReportInput> inputs;

	private final List<Ref> sources;

	private Reports(List<ReportInput> inputs, List<Ref> sources) {
		this.inputs = inputs;
		this.sources = sources;
	}

	/**
	 * Registers the outlets of the reports at {@code reports[i].source}; {@code null} is
	 * no reports.
	 */
	public static Reports of(List<ReportInput> inputs, UserErrors errors, InputReferences.Check refs) {
		List<ReportInput> given = (inputs != null) ? inputs : List.of();
		List<Ref> sources = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			ReportInput report = given.get(i);
			if (report == null) {
				sources.add(null);
				continue;
			}
			if (report.source() == null && report.url() == null) {
				errors.add(UserErrorCode.REQUIRED, "A report names its outlet (source), its url, or both", "reports", i,
						"source");
			}
			sources.add(refs.of(Source.class, report.source(), "reports", i, "source"));
		}
		return new Reports(given, sources);
	}

	/** The reports to store, once the references are verified. */
	public List<Report> toReports() {
		List<Report> reports = new ArrayList<>();
		for (int i = 0; i < this.inputs.size(); i++) {
			reports.add(this.inputs.get(i).toReport(Ref.keyOf(this.sources.get(i))));
		}
		return reports;
	}

}
