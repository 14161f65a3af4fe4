package com.marketingplanner.web.proof;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.marketingplanner.PlannerApplication;
import com.marketingplanner.domain.support.PostgresTestDatabase;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the app on one empty database, started at the same moment, as behind a
 * load balancer: both start (one creates the first administrator and the demo plans, the
 * other finds them), a person signed in on one is signed in on the other (the session
 * lives in PostgreSQL), and two saves of the same version, one on each instance, end in
 * one winner and one 409.
 */
class TwoInstancesTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern VERSION = Pattern.compile("name=\"version\"[^>]*value=\"(\\d+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void twoInstancesStartTogetherShareSessionsAndLetOneOfTwoConcurrentSavesWin() throws Exception {
		PostgresTestDatabase.ConnectionDetails database = PostgresTestDatabase.freshDatabase();
		CountDownLatch go = new CountDownLatch(1);
		CompletableFuture<ConfigurableApplicationContext> startingA = CompletableFuture
			.supplyAsync(() -> start(database, go));
		CompletableFuture<ConfigurableApplicationContext> startingB = CompletableFuture
			.supplyAsync(() -> start(database, go));
		go.countDown();
		try (ConfigurableApplicationContext a = startingA.join(); ConfigurableApplicationContext b = startingB.join()) {
			JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from app_user where role = 'ADMIN'", Integer.class))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(3);

			String urlA = "http://localhost:" + port(a);
			String urlB = "http://localhost:" + port(b);
			String session = signIn(urlA);
			HttpResponse<String> plansOnB = send(HttpRequest.newBuilder(URI.create(urlB + "/plans")), session);
			assertThat(plansOnB.statusCode()).isEqualTo(200);
			assertThat(plansOnB.body()).contains("admin");

			long planId = jdbc.queryForObject("select min(id) from plan", Long.class);
			HttpResponse<String> formOnA = send(HttpRequest.newBuilder(URI.create(urlA + "/plans/" + planId + "/edit")),
					session);
			HttpResponse<String> formOnB = send(HttpRequest.newBuilder(URI.create(urlB + "/plans/" + planId + "/edit")),
					session);
			CountDownLatch together = new CountDownLatch(1);
			CompletableFuture<HttpResponse<String>> saveOnA = CompletableFuture
				.supplyAsync(() -> save(urlA, planId, formOnA.body(), session, "Saved on A", together));
			CompletableFuture<HttpResponse<String>> saveOnB = CompletableFuture
				.supplyAsync(() -> save(urlB, planId, formOnB.body(), session, "Saved on B", together));
			together.countDown();
			List<HttpResponse<String>> saves = List.of(saveOnA.join(), saveOnB.join());
			List<HttpResponse<String>> winners = saves.stream().filter((save) -> save.statusCode() == 302).toList();
			assertThat(winners).hasSize(1);
			HttpResponse<String> loser = saves.stream().filter((save) -> save.statusCode() != 302).findFirst().get();
			// saved at the same instant: 409 page; a moment later: the form again, saying
			// it is stale
			assertThat(loser.statusCode()).isIn(200, 409);
			assertThat(loser.body()).containsAnyOf("changed by someone else", "Someone else saved");
			String winner = (winners.get(0) == saves.get(0)) ? "Saved on A" : "Saved on B";
			assertThat(jdbc.queryForObject("select title from plan where id = ?", String.class, planId))
				.isEqualTo(winner);
			assertThat(jdbc.queryForObject("select version from plan where id = ?", Long.class, planId)).isEqualTo(1);
		}
	}

	private ConfigurableApplicationContext start(PostgresTestDatabase.ConnectionDetails database, CountDownLatch go) {
		try {
			go.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		// arguments, not default properties: they must win over application.properties
		return new SpringApplicationBuilder(PlannerApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--planner.demo.enabled=true",
				"--planner.admin.username=admin", "--planner.admin.password=" + TestUsers.PASSWORD,
				"--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/** Signs in through the login form; returns the session cookie (name=value). */
	private String signIn(String baseUrl) throws Exception {
		HttpResponse<String> form = this.http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = sessionCookie(form).orElseThrow();
		String body = "username=admin&password=" + TestUsers.PASSWORD + "&_csrf=" + token(form.body());
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)), cookie);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/plans");
		String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(setCookie).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax");
		return sessionCookie(signedIn).orElseThrow();
	}

	private HttpResponse<String> save(String baseUrl, long planId, String form, String session, String title,
			CountDownLatch together) {
		String body = "title=" + title.replace(' ', '+') + "&language=EN&currency=CNY&periodStart=2027-01-01"
				+ "&periodEnd=2027-12-31&version=" + match(VERSION, form) + "&_csrf=" + token(form);
		try {
			together.await();
			return send(HttpRequest.newBuilder(URI.create(baseUrl + "/plans/" + planId))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)), session);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String cookie) throws Exception {
		return this.http.send(request.header("Cookie", cookie).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static java.util.Optional<String> sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst();
	}

	private static String token(String page) {
		return match(CSRF, page);
	}

	private static String match(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
		return matcher.group(1);
	}

}
