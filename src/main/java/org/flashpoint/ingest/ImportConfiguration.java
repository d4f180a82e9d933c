package org.flashpoint.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

	/**
	 * Uploads are imported one at a time, in the order they came: imports are I/O-bound
	 * on the database, so running several at once would not finish them sooner, and one
	 * at a time keeps memory predictable. Queued jobs wait as QUEUED.
	 */
	@Bean
	ThreadPoolTaskExecutor importExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadNamePrefix("import-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}

}
