package org.flashpoint.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.flashpoint.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instances starting at the same moment on one database that has no ADMIN key yet: they
 * are played by threads running the start-up bootstrap together on a database of this
 * test's own, with every key removed first. Exactly one key is created and printed, and
 * it is stored hashed.
 */
@TestPropertySource(properties = "spring.mongodb.database=flashpoint_first_key")
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminKeyRacesTest extends IntegrationTest {

	private static final int INSTANCES = 6;

	@Autowired
	private AdminKeyBootstrap bootstrap;

	@Autowired
	private ApiKeyService service;

	@Autowired
	private ApiKeyRepository keys;

	/**
	 * Where this test's output begins: the capture also holds the application's start,
	 * which printed a key of its own.
	 */
	private int mark;

	@BeforeEach
	void aDatabaseWithoutKeys(CapturedOutput output) {
		this.keys.deleteAll();
		this.mark = output.getOut().length();
	}

	private String printedSinceStart(CapturedOutput output) {
		return output.getOut().substring(this.mark);
	}

	@Test
	void instancesStartingTogetherCreateAndPrintOneKey(CapturedOutput output) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);
		CyclicBarrier start = new CyclicBarrier(INSTANCES);
		try {
			List<Future<?>> started = new ArrayList<>();
			for (int i = 0; i < INSTANCES; i++) {
				started.add(threads.submit((Callable<Void>) () -> {
					start.await(30, TimeUnit.SECONDS);
					this.bootstrap.afterSingletonsInstantiated();
					return null;
				}));
			}
			for (Future<?> instance : started) {
				instance.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		List<ApiKey> stored = this.keys.findAll();
		assertThat(stored).as("stored keys").hasSize(1);
		assertThat(stored.get(0).role()).isEqualTo(ApiRole.ADMIN);
		List<String> printed = FirstRunAdminKeyTest.generatedKeys(printedSinceStart(output));
		assertThat(printed).as("keys printed").hasSize(1);
		assertThat(FirstRunAdminKeyTest.notices(printedSinceStart(output))).isEqualTo(1);
		assertThat(stored.get(0).secretHash()).as("stored as its hash, not as the key")
			.isEqualTo(ApiKeySecrets.hash(printed.get(0)))
			.isNotEqualTo(printed.get(0));
		withKey(printed.get(0)).document("{ apiKeys(first: 5) { totalCount } }")
			.execute()
			.errors()
			.verify()
			.path("apiKeys.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void aDatabaseThatHeldAnAdminKeyGetsNoNewOne(CapturedOutput output) {
		this.keys.insert(new ApiKey("revoked-admin", "an admin key revoked long ago", ApiRole.ADMIN,
				ApiKeySecrets.hash(ApiKeySecrets.newKey()), null, Instant.parse("2024-01-01T00:00:00Z"), null, null,
				null, null));
		this.bootstrap.afterSingletonsInstantiated();
		assertThat(this.keys.count()).isEqualTo(1);
		assertThat(FirstRunAdminKeyTest.generatedKeys(printedSinceStart(output))).isEmpty();
	}

	@Test
	void generateAdminKeyFalseGeneratesNoneAndSaysSo(CapturedOutput output) {
		new AdminKeyBootstrap(new SecurityProperties(true, null, false), this.service, this.keys, this.context)
			.afterSingletonsInstantiated();
		assertThat(this.keys.count()).isZero();
		assertThat(FirstRunAdminKeyTest.generatedKeys(printedSinceStart(output))).isEmpty();
		assertThat(printedSinceStart(output))
			.contains("There is no ADMIN key, and flashpoint.security.generate-admin-key=false");
	}

}
