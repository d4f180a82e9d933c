package org.flashpoint;

import org.flashpoint.security.ApiRole;
import org.junit.jupiter.api.Test;

/**
 * The README's mutation examples, and the change feed after them, run as written, in
 * order, as an ADMIN would paste them into GraphiQL on a fresh install — a correction
 * with the version the read before it answered.
 */
class ReadmeWriteExamplesTest extends WriteIntegrationTest {

	@Test
	void everyWriteExampleRunsAsDocumented() {
		ReadmeExamples.runWriteExamples(as(ApiRole.ADMIN));
	}

}
