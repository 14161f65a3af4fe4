package com.marketingplanner.domain.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.marketingplanner.domain.marketingdata.DataKind;

/**
 * One import of a file of marketing data: queued when the upload is stored, running while
 * a worker validates every row and then copies all of them in one transaction, and
 * finally succeeded (with the rows read, stored and replaced) or failed (with the first
 * errors; nothing stored).
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

	/** At most this many errors are kept; {@link #getErrorCount()} has the total. */
	public static final int MAX_ERRORS = 100;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DataKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ImportMode mode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ImportStatus status = ImportStatus.QUEUED;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ImportSource source;

	@Column(name = "file_name")
	private String fileName;

	@Enumerated(EnumType.STRING)
	@Column(name = "file_format", nullable = false)
	private FileFormat fileFormat = FileFormat.CSV;

	@Column(name = "file_bytes", nullable = false)
	private long fileBytes;

	@Column(name = "plan_id")
	private Long planId;

	@Column(name = "period_start")
	private LocalDate periodStart;

	@Column(name = "period_end")
	private LocalDate periodEnd;

	@Column(nullable = false)
	private int progress;

	@Column(name = "rows_read", nullable = false)
	private long rowsRead;

	@Column(name = "rows_stored", nullable = false)
	private long rowsStored;

	@Column(name = "rows_replaced", nullable = false)
	private long rowsReplaced;

	@Column(name = "error_count", nullable = false)
	private long errorCount;

	@Column(name = "data_version")
	private Long dataVersion;

	@Column(name = "requested_by", nullable = false)
	private String requestedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	@Column(name = "heartbeat_at")
	private Instant heartbeatAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "import_job_error", joinColumns = @JoinColumn(name = "job_id"))
	@OrderColumn(name = "position")
	private List<ImportError> errors = new ArrayList<>();

	@Version
	private long version;

	protected ImportJob() {
	}

	public ImportJob(ImportRequest request) {
		this.kind = request.kind();
		this.mode = request.mode();
		this.source = request.source();
		this.fileName = request.fileName();
		this.planId = request.planId();
		this.periodStart = request.from();
		this.periodEnd = request.to();
		this.requestedBy = request.requestedBy();
	}

	/** The upload is stored: its size and format. */
	void received(long bytes, FileFormat format) {
		this.fileBytes = bytes;
		this.fileFormat = format;
	}

	void start() {
		this.status = ImportStatus.RUNNING;
		this.startedAt = Instant.now();
		this.heartbeatAt = this.startedAt;
	}

	void succeed(long read, long stored, long replaced, Long newDataVersion) {
		this.status = ImportStatus.SUCCEEDED;
		this.progress = 100;
		this.rowsRead = read;
		this.rowsStored = stored;
		this.rowsReplaced = replaced;
		this.dataVersion = newDataVersion;
		this.finishedAt = Instant.now();
	}

	/** Fails with the first errors; {@code total} counts them all. */
	void fail(long read, List<ImportError> firstErrors, long total) {
		this.status = ImportStatus.FAILED;
		this.rowsRead = read;
		this.rowsStored = 0;
		this.rowsReplaced = 0;
		this.errors.clear();
		this.errors.addAll(firstErrors.subList(0, Math.min(firstErrors.size(), MAX_ERRORS)));
		this.errorCount = Math.max(total, this.errors.size());
		this.finishedAt = Instant.now();
	}

	void fail(String reason) {
		fail(this.rowsRead, List.of(ImportError.ofFile(reason)), 1);
	}

	public Long getId() {
		return this.id;
	}

	public DataKind getKind() {
		return this.kind;
	}

	public ImportMode getMode() {
		return this.mode;
	}

	public ImportStatus getStatus() {
		return this.status;
	}

	public ImportSource getSource() {
		return this.source;
	}

	public String getFileName() {
		return this.fileName;
	}

	public FileFormat getFileFormat() {
		return this.fileFormat;
	}

	public long getFileBytes() {
		return this.fileBytes;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public int getProgress() {
		return this.progress;
	}

	public long getRowsRead() {
		return this.rowsRead;
	}

	public long getRowsStored() {
		return this.rowsStored;
	}

	public long getRowsReplaced() {
		return this.rowsReplaced;
	}

	public long getErrorCount() {
		return this.errorCount;
	}

	public Long getDataVersion() {
		return this.dataVersion;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getFinishedAt() {
		return this.finishedAt;
	}

	public Instant getHeartbeatAt() {
		return this.heartbeatAt;
	}

	public List<ImportError> getErrors() {
		return Collections.unmodifiableList(this.errors);
	}

	public long getVersion() {
		return this.version;
	}

}
