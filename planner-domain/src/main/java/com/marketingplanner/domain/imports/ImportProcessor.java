package com.marketingplanner.domain.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.marketingplanner.analytics.io.CsvInputException;
import com.marketingplanner.domain.audit.ActingUser;
import com.marketingplanner.domain.marketingdata.DataKind;
import com.marketingplanner.domain.marketingdata.DataTimeZone;
import com.marketingplanner.domain.marketingdata.MarketingDataImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import job: checks every row of the upload (outside any transaction, with
 * progress written to the job every second), and when no row has an error stores all of
 * them in one transaction that also bumps the data version, marks the job succeeded and
 * publishes {@link MarketingDataImported}. Any error leaves the stored data as they were.
 */
@Component
class ImportProcessor {

	private static final Logger log = LoggerFactory.getLogger(ImportProcessor.class);

	private final ImportJobRepository jobs;

	private final Map<DataKind, KindImport> kinds = new EnumMap<>(DataKind.class);

	private final TransactionTemplate transaction;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final DataTimeZone zone;

	private final ImportSettings settings;

	private final ApplicationEventPublisher events;

	ImportProcessor(ImportJobRepository jobs, List<KindImport> kinds, PlatformTransactionManager transactions,
			DataSource dataSource, JdbcClient jdbc, DataTimeZone zone, ImportSettings settings,
			ApplicationEventPublisher events) {
		this.jobs = jobs;
		kinds.forEach((kind) -> this.kinds.put(kind.kind(), kind));
		this.transaction = new TransactionTemplate(transactions);
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.zone = zone;
		this.settings = settings;
		this.events = events;
	}

	/** Runs the job if it is still queued. */
	void process(long jobId) {
		ImportJob job = this.transaction.execute((status) -> {
			ImportJob queued = this.jobs.findById(jobId).orElse(null);
			if (queued == null || queued.getStatus() != ImportStatus.QUEUED) {
				return null;
			}
			queued.start();
			return queued;
		});
		if (job == null) {
			return;
		}
		Path upload = this.settings.uploadOf(job);
		Path converted = null;
		KindImport.Checked checked = null;
		ImportErrors errors = new ImportErrors();
		try {
			Path csv = upload;
			if (job.getFileFormat() == FileFormat.XLSX) {
				converted = Files.createTempFile(this.settings.workDirectory(), "job-" + jobId + "-", ".csv");
				XlsxToCsv.convert(upload, converted);
				csv = converted;
			}
			ImportRequest request = new ImportRequest(job.getKind(), job.getMode(), job.getPlanId(),
					job.getPeriodStart(), job.getPeriodEnd(), job.getFileName(), job.getRequestedBy(), job.getSource());
			KindImport kind = this.kinds.get(job.getKind());
			try (UploadedFile file = new UploadedFile(csv, displayName(job))) {
				ImportContext context = new ImportContext(jobId, request, this.zone, new ChannelCatalog(this.jdbc),
						this.jdbc, this.settings.workDirectory(), new ProgressReport(jobId));
				ImportRows rows = kind.rows(context, file.scanner(), errors, file::percentRead);
				checked = kind.check(context, rows, errors);
				if (!errors.isEmpty()) {
					fail(jobId, checked.rowsRead(), errors.first(), errors.total());
					return;
				}
				KindImport.Checked toStore = checked;
				// the audit trail names the person who asked for the import, not "system"
				ActingUser.runAs(job.getRequestedBy(), () -> {
					this.transaction.executeWithoutResult((status) -> store(jobId, context, toStore));
					return null;
				});
			}
		}
		catch (CsvInputException ex) {
			fail(jobId, 0, List.of(new ImportError(ex.line(), null, ex.reason())), 1);
		}
		catch (IOException ex) {
			fail(jobId, 0, List.of(ImportError.ofFile(ex.getMessage())), 1);
		}
		catch (RuntimeException ex) {
			log.warn("Import job {} failed", jobId, ex);
			String reason = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
			fail(jobId, (checked != null) ? checked.rowsRead() : 0,
					List.of(ImportError.ofFile("the import failed and stored nothing: " + reason)), 1);
		}
		finally {
			if (checked != null) {
				checked.discard();
			}
			deleteQuietly(upload);
			deleteQuietly(converted);
		}
	}

	private void store(long jobId, ImportContext context, KindImport.Checked checked) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			KindImport.Stored stored = checked.store(context, connection);
			Long version = null;
			if (stored.changedData()) {
				version = this.jdbc
					.sql("update marketing_data_version set version = version + 1, changed_at = now()"
							+ " where id = 1 returning version")
					.query(Long.class)
					.single();
				this.events.publishEvent(new MarketingDataImported(jobId, context.request().kind(), stored.planIds(),
						stored.from(), stored.to(), version));
			}
			ImportJob job = this.jobs.findById(jobId).orElseThrow();
			job.succeed(checked.rowsRead(), stored.stored(), stored.replaced(), version);
		}
		catch (java.sql.SQLException | IOException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private void fail(long jobId, long rowsRead, List<ImportError> first, long total) {
		this.transaction.executeWithoutResult(
				(status) -> this.jobs.findById(jobId).ifPresent((job) -> job.fail(rowsRead, first, total)));
	}

	private static String displayName(ImportJob job) {
		return (job.getFileName() != null) ? job.getFileName() : "upload";
	}

	private static void deleteQuietly(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Cannot delete {}", file, ex);
		}
	}

	/** Writes the check's progress to the job, at most once a second. */
	private final class ProgressReport implements ImportContext.Progress {

		private final long jobId;

		private long lastReport;

		ProgressReport(long jobId) {
			this.jobId = jobId;
		}

		@Override
		public void report(int percent, long rowsRead) {
			long now = System.currentTimeMillis();
			if (now - this.lastReport < 1000) {
				return;
			}
			this.lastReport = now;
			ImportProcessor.this.transaction.executeWithoutResult(
					(status) -> ImportProcessor.this.jobs.reportProgress(this.jobId, percent, rowsRead, Instant.now()));
		}

	}

}
