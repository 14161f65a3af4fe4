package com.marketingplanner.web.fault;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Predicate;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * Recognises a failure that means "the database cannot be reached right now" (down,
 * restarting, refusing connections, pool timed out) as opposed to a fault in the request
 * or in the code: those are answered 503, the others are not.
 */
public final class DatabaseUnavailable {

	private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

	private DatabaseUnavailable() {
	}

	/** Whether the failure, or any of its causes, is an unreachable database. */
	public static boolean isCause(Throwable failure) {
		return anyCause(failure,
				(cause) -> cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
						|| cause instanceof CannotCreateTransactionException
						|| cause instanceof DataAccessResourceFailureException
						|| cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
						|| (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())));
	}

	/**
	 * Whether the failure, or any of its causes, is a statement on a connection the pool
	 * had already closed because it broke (HikariCP's closed-connection proxy answers
	 * every call with "Connection is closed" and no SQLSTATE): in the first moments after
	 * the server died, before anything has marked it unreachable, a transaction's
	 * rollback fails this way.
	 */
	public static boolean isBrokenConnection(Throwable failure) {
		return anyCause(failure, (cause) -> cause instanceof SQLException sql && sql.getSQLState() == null
				&& HIKARI_CLOSED_CONNECTION.equals(sql.getMessage()));
	}

	/**
	 * Whether the failure, or any of its causes, came from talking to the database at all
	 * (JDBC, Spring's data-access or transaction exceptions). While the database is known
	 * to be unreachable such a failure is answered 503 too: when the server dies under a
	 * running transaction the failure that reaches the top is often the rollback's
	 * ("Connection is closed", no SQLSTATE), which names no connection problem itself.
	 */
	public static boolean isDataAccess(Throwable failure) {
		return anyCause(failure, (cause) -> cause instanceof SQLException || cause instanceof DataAccessException
				|| cause instanceof TransactionException);
	}

	/**
	 * Whether the failure says the database itself cannot be reached (a connection was
	 * refused or broke, the server is shutting down), as opposed to a pool that is only
	 * busy: a busy pool's timeout names no cause and no SQLSTATE. A refusal because the
	 * database was already known to be unreachable is no new finding.
	 */
	public static boolean meansUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof AvailabilityAwareDataSource.UnreachableDatabaseRefusal) {
				return false;
			}
			if (cause instanceof ConnectException
					|| (cause instanceof SQLException sql && isConnectionState(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	/** Whether the failure or any of its causes (outermost first) matches. */
	private static boolean anyCause(Throwable failure, Predicate<Throwable> matches) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (matches.test(cause)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQLSTATE class 08 (connection exception), 57P01-57P03 (administrator or crash
	 * shutdown, cannot connect now).
	 */
	private static boolean isConnectionState(String state) {
		return state != null
				&& (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
	}

}
