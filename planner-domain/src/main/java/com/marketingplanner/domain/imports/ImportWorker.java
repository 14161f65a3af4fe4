package com.marketingplanner.domain.imports;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs import jobs on a small, bounded pool of threads ({@code planner.imports.workers},
 * a queue of 1000 jobs). At start-up it settles the jobs a stopped instance left: a
 * RUNNING job whose heartbeat stopped fails (its transaction never committed, so nothing
 * of it is stored), a QUEUED job runs when its upload is still there and fails otherwise.
 */
@Component
public class ImportWorker {

	private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

	/**
	 * A running job touches its heartbeat every second; this long without one, it is
	 * dead.
	 */
	private static final Duration DEAD_AFTER = Duration.ofMinutes(2);

	private final ImportProcessor processor;

	private final ImportJobRepository jobs;

	private final ImportSettings settings;

	private final TransactionTemplate transaction;

	private final ThreadPoolExecutor executor;

	ImportWorker(ImportProcessor processor, ImportJobRepository jobs, ImportSettings settings,
			PlatformTransactionManager transactions) {
		this.processor = processor;
		this.jobs = jobs;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		AtomicInteger threads = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(1000), (runnable) -> {
					Thread thread = new Thread(runnable, "import-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

	/** Runs the job when a worker is free. */
	void submit(long jobId) {
		this.executor.execute(() -> {
			try {
				this.processor.process(jobId);
			}
			catch (RuntimeException ex) {
				log.error("Import job {} could not be run", jobId, ex);
			}
		});
	}

	/** Jobs waiting or running in this instance. */
	public int pending() {
		return this.executor.getQueue().size() + this.executor.getActiveCount();
	}

	@EventListener(ApplicationReadyEvent.class)
	public void settleJobsOfEarlierRuns() {
		List<ImportJob> unfinished = this.jobs.findByStatusIn(List.of(ImportStatus.QUEUED, ImportStatus.RUNNING));
		Instant deadline = Instant.now().minus(DEAD_AFTER);
		for (ImportJob job : unfinished) {
			long id = job.getId();
			if (job.getStatus() == ImportStatus.RUNNING) {
				Instant heartbeat = job.getHeartbeatAt();
				if (heartbeat == null || heartbeat.isBefore(deadline)) {
					failInterrupted(id, "the application stopped while this import ran; nothing of it was stored."
							+ " Import the file again");
				}
			}
			else if (Files.exists(this.settings.uploadOf(job))) {
				submit(id);
			}
			else if (job.getCreatedAt().isBefore(deadline)) {
				failInterrupted(id, "the uploaded file was lost when the application stopped; upload it again");
			}
		}
	}

	private void failInterrupted(long id, String reason) {
		log.info("Import job {} failed: {}", id, reason);
		this.transaction.executeWithoutResult((status) -> this.jobs.findById(id).ifPresent((job) -> job.fail(reason)));
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}
