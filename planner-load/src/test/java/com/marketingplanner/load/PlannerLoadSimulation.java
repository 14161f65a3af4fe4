package com.marketingplanner.load;

import java.time.Duration;
import java.util.Base64;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * {@code users} concurrent users (default 200; they arrive over {@code rampSeconds},
 * default 20) for {@code seconds} (default 60) against a running app on loopback: half of
 * them browse pages after signing in through the form (plans, a plan's overview, budget,
 * goals, timeline, risks), half are internal tools on the REST API with HTTP Basic (list,
 * read, budget check, and a create + delete of a plan now and then). One second of think
 * time between steps. The run stops by itself.
 * <p>
 * Normal run: asserts 0 failed requests. Fault run ({@code -Dfault=true}, PostgreSQL
 * restarted during the run, docs/reliability.md): no assertion; Gatling's error table
 * then lists every non-2xx/3xx answer by status, which must all be 503.
 * <p>
 * Settings (system properties): {@code baseUrl} (http://localhost:8085), {@code users},
 * {@code seconds}, {@code username} / {@code password} (an administrator), {@code fault}.
 */
public class PlannerLoadSimulation extends Simulation {

	private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8085");

	private static final int USERS = Integer.getInteger("users", 200);

	private static final int SECONDS = Integer.getInteger("seconds", 60);

	private static final String USERNAME = System.getProperty("username", "admin");

	private static final String PASSWORD = System.getProperty("password", "load-test-password-2027");

	private static final boolean FAULT_RUN = Boolean.getBoolean("fault");

	private static final Duration THINK = Duration.ofSeconds(1);

	/**
	 * Title of the plans the REST users create and delete again; nobody reads them (a
	 * plan deleted between the list and the read would be a right 404, not a failure).
	 */
	private static final String CREATED_TITLE = "Load test plan";

	/** Users arrive over this time, then {@code users} stay for {@code seconds}. */
	private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("rampSeconds", 20));

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptLanguageHeader("zh-CN,zh;q=0.9,en;q=0.8")
		.disableFollowRedirect()
		.shareConnections();

	private final ChainBuilder signIn = exec(
			http("login page").get("/login").check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
		.exec(http("sign in").post("/login")
			.formParam("username", USERNAME)
			.formParam("password", PASSWORD)
			.formParam("_csrf", "#{csrf}")
			.check(status().is(302),
					header("Location").transform((location) -> location.contains("/login")).is(false)));

	/**
	 * One round through a plan's pages. A failed request ends the round (it is counted
	 * once, and the next steps do not run on missing data); a user without a working
	 * session signs in again at the start of the next round.
	 */
	private final ScenarioBuilder browsing = scenario("pages").forever()
		.on(exitBlockOnFail()
			.on(doIf((session) -> !session.contains("signedIn")).then(this.signIn),
					exec((session) -> session.remove("signedIn")),
					exec(http("plans page").get("/plans")
						.check(status().is(200),
								regex("href=\"/plans/(\\d+)\">(?!" + CREATED_TITLE + ")").findRandom()
									.saveAs("planId"))),
					exec((session) -> session.set("signedIn", true)), pause(THINK),
					exec(http("plan overview").get("/plans/#{planId}").check(status().is(200))), pause(THINK),
					exec(http("budget page").get("/plans/#{planId}/budget").check(status().is(200))), pause(THINK),
					exec(http("goals page").get("/plans/#{planId}/goals").check(status().is(200))), pause(THINK),
					exec(http("timeline page").get("/plans/#{planId}/timeline").check(status().is(200))), pause(THINK),
					exec(http("risks page").get("/plans/#{planId}/risks").check(status().is(200))))
			.pause(THINK));

	/** One round of an internal tool; a failed request ends the round. */
	private final ScenarioBuilder tools = scenario("REST").forever()
		.on(exitBlockOnFail().on(
				exec(http("GET /api/v1/plans").get("/api/v1/plans?size=50")
					.header("Authorization", basic())
					.check(status().is(200),
							jsonPath("$.items[?(@.title != '" + CREATED_TITLE + "')].id").findRandom()
								.saveAs("planId"))),
				pause(THINK),
				exec(http("GET /api/v1/plans/{id}").get("/api/v1/plans/#{planId}")
					.header("Authorization", basic())
					.check(status().is(200))),
				pause(THINK),
				exec(http("GET budget check").get("/api/v1/plans/#{planId}/budget/check")
					.header("Authorization", basic())
					.check(status().is(200))),
				pause(THINK),
				exec(http("GET KPIs").get(
						"/api/v1/plans/#{planId}/kpis")
					.header("Authorization", basic())
					.check(status().is(200))),
				pause(THINK),
				randomSwitch().on(percent(10.0).then(exec(http("POST /api/v1/plans").post("/api/v1/plans")
					.header("Authorization", basic())
					.header("Content-Type", "application/json")
					.body(StringBody("{\"title\": \"" + CREATED_TITLE + "\", \"periodStart\": \"2027-01-01\", "
							+ "\"periodEnd\": \"2027-12-31\", \"totalBudget\": 1000000}"))
					.check(status().is(201), jsonPath("$.id").saveAs("createdId")))
					.pause(THINK)
					.exec(http("DELETE /api/v1/plans/{id}").delete("/api/v1/plans/#{createdId}?version=0")
						.header("Authorization", basic())
						.check(status().is(204))))))
			.pause(THINK));

	{
		SetUp run = setUp(
				browsing.injectClosed(rampConcurrentUsers(0).to(USERS / 2).during(RAMP),
						constantConcurrentUsers(USERS / 2).during(SECONDS)),
				tools.injectClosed(rampConcurrentUsers(0).to(USERS - USERS / 2).during(RAMP),
						constantConcurrentUsers(USERS - USERS / 2).during(SECONDS)))
			.protocols(this.protocol)
			.maxDuration(RAMP.plusSeconds(SECONDS + 10));
		if (!FAULT_RUN) {
			run.assertions(global().failedRequests().count().is(0L));
		}
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString((USERNAME + ":" + PASSWORD).getBytes());
	}

}
