package com.marketingplanner.web.fault;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.AbstractDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AvailabilityAwareDataSourceTest {

	private final ScriptedPool pool = new ScriptedPool();

	private final DatabaseAvailability availability = new DatabaseAvailability(Clock.systemUTC());

	private AvailabilityAwareDataSource dataSource = new AvailabilityAwareDataSource(this.pool, this.availability,
			Duration.ofMinutes(1), Duration.ofHours(1));

	@AfterEach
	void close() throws Exception {
		this.dataSource.close();
	}

	@Test
	void aBusyPoolIsWaitedForAsLongAsTheDatabaseIsReachable() throws SQLException {
		this.pool.answers.add(busy());
		this.pool.answers.add(busy());

		assertThat(this.dataSource.getConnection()).isNotNull();
		assertThat(this.pool.requests).isEqualTo(3);
		assertThat(this.availability.isReachable()).isTrue();
	}

	@Test
	void aBusyPoolIsGivenUpAfterTheWaitAndTheDatabaseStaysReachable() throws Exception {
		this.dataSource.close();
		this.dataSource = new AvailabilityAwareDataSource(this.pool, this.availability, Duration.ZERO,
				Duration.ofHours(1));
		this.pool.answers.add(busy());

		assertThatExceptionOfType(SQLTransientConnectionException.class).isThrownBy(this.dataSource::getConnection);
		assertThat(this.pool.requests).isEqualTo(1);
		assertThat(this.availability.isReachable()).isTrue();
	}

	@Test
	void aRefusedConnectionFailsAtOnceAndLaterRequestsDoNotWaitForThePool() {
		this.pool.answers.add(refused());

		assertThatExceptionOfType(SQLTransientConnectionException.class).isThrownBy(this.dataSource::getConnection);
		assertThat(this.availability.isReachable()).isFalse();
		assertThatExceptionOfType(SQLTransientConnectionException.class).isThrownBy(this.dataSource::getConnection)
			.satisfies((ex) -> assertThat(DatabaseUnavailable.isCause(ex)).isTrue());
		assertThat(this.pool.requests).isEqualTo(1);
	}

	@Test
	void theProbeMakesTheDatabaseReachableAgainOnceAConnectionWorks() throws SQLException {
		this.pool.answers.add(refused());
		this.pool.answers.add(refused());
		assertThatExceptionOfType(SQLException.class).isThrownBy(this.dataSource::getConnection);

		this.dataSource.probeWhileUnreachable();
		assertThat(this.availability.isReachable()).isFalse();
		this.dataSource.probeWhileUnreachable();
		assertThat(this.availability.isReachable()).isTrue();
		assertThat(this.dataSource.getConnection()).isNotNull();
	}

	@Test
	void aRefusalDuringTheOutageDoesNotMarkTheDatabaseUnreachableAgainOnceItIsBack() {
		this.pool.answers.add(refused());
		assertThatExceptionOfType(SQLException.class).isThrownBy(this.dataSource::getConnection);
		SQLException refusal = catchThrowableOfType(SQLException.class, this.dataSource::getConnection);

		this.dataSource.probeWhileUnreachable();

		assertThat(DatabaseUnavailable.isCause(refusal)).isTrue();
		assertThat(DatabaseUnavailable.meansUnreachable(new RuntimeException(refusal))).isFalse();
		assertThat(this.availability.isReachable()).isTrue();
	}

	@Test
	void aConnectionThatBrokeMidRequestCountsAsUnreachableButABusyTimeoutDoesNot() {
		assertThat(DatabaseUnavailable.meansUnreachable(
				new RuntimeException(new SQLException("An I/O error occurred while sending to the backend", "08006"))))
			.isTrue();
		assertThat(DatabaseUnavailable.meansUnreachable(busy())).isFalse();
		assertThat(DatabaseUnavailable.isCause(busy())).isTrue();
	}

	/** HikariCP's timeout when every connection is in use: no cause, no SQLSTATE. */
	private static SQLTransientConnectionException busy() {
		return new SQLTransientConnectionException("pool - Connection is not available, request timed out after 2000ms",
				(String) null);
	}

	/**
	 * HikariCP's timeout when it could not open a connection: the driver's failure as
	 * cause.
	 */
	private static SQLTransientConnectionException refused() {
		return new SQLTransientConnectionException("pool - Connection is not available, request timed out after 2000ms",
				"08001", new SQLException("Connection to localhost:5432 refused", "08001"));
	}

	/**
	 * Answers each request with the next scripted failure, then with a working
	 * connection.
	 */
	static class ScriptedPool extends AbstractDataSource {

		final Deque<SQLException> answers = new ArrayDeque<>();

		int requests;

		@Override
		public Connection getConnection() throws SQLException {
			this.requests++;
			SQLException failure = this.answers.poll();
			if (failure != null) {
				throw failure;
			}
			return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> switch (method.getName()) {
						case "isValid" -> true;
						case "isClosed" -> false;
						default -> null;
					});
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

	}

}
