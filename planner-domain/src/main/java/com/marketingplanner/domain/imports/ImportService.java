package com.marketingplanner.domain.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.marketingplanner.domain.marketingdata.DataKind;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.ResourceNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts uploads as import jobs and answers for them. The upload is streamed to a file
 * in the work directory (never held in memory), then a job row is written and the job
 * handed to the {@link ImportWorker} once that row is committed.
 */
@Service
@Transactional(readOnly = true)
public class ImportService {

	private final ImportJobRepository jobs;

	private final ImportSettings settings;

	private final ImportWorker worker;

	private final PlanService plans;

	private final TransactionTemplate transaction;

	public ImportService(ImportJobRepository jobs, ImportSettings settings, ImportWorker worker, PlanService plans,
			PlatformTransactionManager transactions) {
		this.jobs = jobs;
		this.settings = settings;
		this.worker = worker;
		this.plans = plans;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Stores the upload and queues its import.
	 * @throws BusinessRuleViolation for a request that cannot be run (a path aggregate
	 * without its period, a period ending before it starts, a plan that cannot be edited,
	 * an empty upload) — before anything is stored
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ImportJob accept(ImportRequest request, InputStream upload) {
		checkRequest(request);
		Path received;
		try {
			received = Files.createTempFile(this.settings.workDirectory(), "receiving-", ".upload");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			long bytes = Files.copy(upload, received, StandardCopyOption.REPLACE_EXISTING);
			if (bytes == 0) {
				throw new BusinessRuleViolation("file", "error.import.file-empty", "The upload is empty");
			}
			FileFormat format = UploadedFile.formatOf(received);
			ImportJob job = this.transaction.execute((status) -> {
				ImportJob created = this.jobs.save(new ImportJob(request));
				created.received(bytes, format);
				move(received, this.settings.uploadOf(created));
				long id = created.getId();
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						ImportService.this.worker.submit(id);
					}
				});
				return created;
			});
			return job;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The upload could not be stored: " + ex.getMessage(), ex);
		}
		finally {
			try {
				Files.deleteIfExists(received);
			}
			catch (IOException ex) {
				// removed with the work directory's leftovers
			}
		}
	}

	public ImportJob get(long id) {
		return this.jobs.findById(id).orElseThrow(() -> new ResourceNotFoundException("Import", id));
	}

	/** Imports, newest first. */
	public Page<ImportJob> list(Pageable pageable) {
		return this.jobs.findNewestFirst(pageable);
	}

	private void checkRequest(ImportRequest request) {
		if (request.kind() == null) {
			throw new BusinessRuleViolation("kind", "error.import.kind-required",
					"Say which kind of data the file holds");
		}
		if (request.from() != null && request.to() != null && request.to().isBefore(request.from())) {
			throw new BusinessRuleViolation("to", "error.import.period-order",
					"The period ends on " + request.to() + ", before it starts on " + request.from(), request.from(),
					request.to());
		}
		if (request.kind() == DataKind.PATHS && (request.from() == null || request.to() == null)) {
			throw new BusinessRuleViolation((request.from() == null) ? "from" : "to", "error.import.paths-period",
					"A path aggregate needs the period it covers: from and to");
		}
		if ((request.from() == null) != (request.to() == null)) {
			throw new BusinessRuleViolation((request.from() == null) ? "from" : "to", "error.import.period-incomplete",
					"Give both from and to, or neither");
		}
		if (request.planId() != null) {
			if (!request.kind().isPlanScoped()) {
				throw new BusinessRuleViolation("planId", "error.import.plan-not-for-kind",
						"Only line spend and KPI measurements belong to a plan", request.kind().slug());
			}
			this.plans.getEditable(request.planId());
		}
	}

	private static void move(Path from, Path to) {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
