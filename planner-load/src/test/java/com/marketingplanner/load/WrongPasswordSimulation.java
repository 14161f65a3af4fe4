package com.marketingplanner.load;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * What wrong HTTP Basic passwords cost everyone else (issue 9: "wrong Basic passwords
 * from 20 clients raise everyone's p95 from 33 to 466 ms"). {@code users} internal tools
 * (default 20) read the API with the right password, one request per {@code thinkMillis}
 * (default 500 ms) each, from 127.0.0.1; {@code attackers} clients (default 20; 0 for the
 * quiet baseline) each send a new wrong password for the account {@code attackedAccount}
 * (default {@code intruder}, an unknown name: Spring Security still runs bcrypt for it,
 * so that unknown names take as long as known ones) every 100 ms, each from its own
 * loopback address (127.0.0.2, 127.0.0.3, …), for {@code seconds} (default 60).
 * <p>
 * Read the "tool: GET /api/v1/plans" row: its p95 is what the right users feel. The
 * attackers' answers (401, or 429 once throttled) are checked as "not 200".
 */
public class WrongPasswordSimulation extends Simulation {

	private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8085");

	private static final int USERS = Integer.getInteger("users", 20);

	private static final int ATTACKERS = Integer.getInteger("attackers", 20);

	private static final int SECONDS = Integer.getInteger("seconds", 60);

	private static final String USERNAME = System.getProperty("username", "admin");

	private static final String PASSWORD = System.getProperty("password", "load-test-password-2027");

	private static final String ATTACKED_ACCOUNT = System.getProperty("attackedAccount", "intruder");

	private static final Duration THINK = Duration.ofMillis(Integer.getInteger("thinkMillis", 500));

	private final HttpProtocolBuilder tools = http.baseUrl(BASE_URL).localAddress("127.0.0.1").shareConnections();

	private final HttpProtocolBuilder attackers = http.baseUrl(BASE_URL)
		.localAddresses(addresses())
		.disableFollowRedirect();

	{
		var rightPassword = scenario("tools").forever()
			.on(exec(http("tool: GET /api/v1/plans").get("/api/v1/plans?size=20")
				.header("Authorization", basic(USERNAME, PASSWORD))
				.check(status().is(200))).pause(THINK));
		var wrongPassword = scenario("attackers").forever()
			.on(exec(http("attacker: wrong password").get("/api/v1/plans")
				.header("Authorization", (session) -> basic(ATTACKED_ACCOUNT, UUID.randomUUID().toString()))
				.check(status().not(200))).pause(Duration.ofMillis(100)));
		var run = (ATTACKERS > 0) ? setUp(
				rightPassword.injectClosed(constantConcurrentUsers(USERS).during(SECONDS)).protocols(this.tools),
				wrongPassword.injectClosed(constantConcurrentUsers(ATTACKERS).during(SECONDS))
					.protocols(this.attackers))
				: setUp(rightPassword.injectClosed(constantConcurrentUsers(USERS).during(SECONDS))
					.protocols(this.tools));
		run.maxDuration(Duration.ofSeconds(SECONDS + 10));
	}

	/**
	 * 127.0.0.2 … one loopback address per attacker (Linux routes all of 127/8 to lo).
	 */
	private static List<String> addresses() {
		return IntStream.rangeClosed(2, Math.max(ATTACKERS, 1) + 1).mapToObj((n) -> "127.0.0." + n).toList();
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes());
	}

}
