package com.marketingplanner.web.fault;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When PostgreSQL dies under a running transaction, the failure that reaches the top is
 * often the rollback's ("Connection is closed", no SQLSTATE): during an outage it is a
 * 503 like every other refused request (one such 500 was seen in the fault run of
 * docs/reliability.md); outside an outage it stays what it is.
 */
class DatabaseUnavailableFilterTest {

	private final DatabaseAvailability availability = new DatabaseAvailability(Clock.systemUTC());

	private final DatabaseUnavailableFilter filter;

	DatabaseUnavailableFilterTest() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("error.database-unavailable", Locale.getDefault(), "The database is unavailable");
		messages.setUseCodeAsDefaultMessage(true);
		this.filter = new DatabaseUnavailableFilter(messages, JsonMapper.builder().build(), this.availability);
	}

	private static RuntimeException rollbackOnAClosedConnection() {
		return new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
				new SQLException("Connection is closed")));
	}

	@Test
	void aRollbackThatFailsDuringAnOutageIsAnswered503() throws Exception {
		this.availability.markUnreachable(new SQLException("terminating connection", "57P01"));
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/plans"), response, (request, answer) -> {
			throw rollbackOnAClosedConnection();
		});

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getHeader("Retry-After")).isEqualTo(DatabaseUnavailableFilter.RETRY_AFTER_SECONDS);
	}

	@Test
	void aRollbackOnAConnectionThePoolClosedIsA503EvenBeforeTheOutageIsNoticed() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/plans"), response, (request, answer) -> {
			throw rollbackOnAClosedConnection();
		});

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(this.availability.isReachable()).as("one closed connection proves no outage").isTrue();
	}

	@Test
	void anotherDataAccessFailureWhileTheDatabaseIsReachableIsNotHiddenBehindA503() {
		assertThatThrownBy(() -> this.filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/plans"),
				new MockHttpServletResponse(), (request, answer) -> {
					throw new JpaSystemException(
							new RuntimeException("bad", new SQLException("syntax error", "42601")));
				}))
			.isInstanceOfAny(JpaSystemException.class, ServletException.class);
	}

	@Test
	void aFailureThatIsNotTheDatabasesStaysAFailureEvenDuringAnOutage() {
		this.availability.markUnreachable(new SQLException("terminating connection", "57P01"));

		assertThatThrownBy(() -> this.filter.doFilter(new MockHttpServletRequest("GET", "/plans"),
				new MockHttpServletResponse(), (request, answer) -> {
					throw new IllegalStateException("a bug");
				}))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aSignInThatFailsOnAClosedConnectionDuringAnOutageIsExplainedByTheOutage() {
		RuntimeException failure = new JpaSystemException(
				new RuntimeException("Unable to rollback", new SQLException("I/O error", (String) null)));
		assertThat(this.filter.explains(failure)).as("database reachable").isFalse();

		this.availability.markUnreachable(new SQLException("terminating connection", "57P01"));

		assertThat(this.filter.explains(failure)).isTrue();
		assertThat(this.filter.explains(new IllegalStateException("a bug"))).isFalse();
	}

	@Test
	void aPageHalfRenderedWhenTheDatabaseDiesIsStillAnsweredWithA503() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.filter.doFilter(new MockHttpServletRequest("GET", "/plans/1/goals"), response, (request, answer) -> {
			answer.getWriter().write("<tr><td>KPI</td></tr>".repeat(5_000));
			throw new org.springframework.dao.DataAccessResourceFailureException("the server closed the connection");
		});

		assertThat(response.getStatus()).as("the half page never went out").isEqualTo(503);
		assertThat(response.getContentAsString()).doesNotContain("<tr><td>KPI</td></tr>");
	}

}
