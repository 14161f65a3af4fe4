package com.marketingplanner.domain.imports;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ImportJobRepository extends JpaRepository<ImportJob, Long> {

	@Query("select j from ImportJob j order by j.createdAt desc, j.id desc")
	Page<ImportJob> findNewestFirst(Pageable pageable);

	List<ImportJob> findByStatusIn(List<ImportStatus> statuses);

	/** Progress of a running job, written without touching its version. */
	@Modifying
	@Query("update ImportJob j set j.progress = :progress, j.rowsRead = :rowsRead, j.heartbeatAt = :now"
			+ " where j.id = :id")
	int reportProgress(@Param("id") long id, @Param("progress") int progress, @Param("rowsRead") long rowsRead,
			@Param("now") Instant now);

}
