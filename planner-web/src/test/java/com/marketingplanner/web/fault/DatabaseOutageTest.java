package com.marketingplanner.web.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.marketingplanner.web.config.EmbeddedPostgresServer;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The app on its own embedded PostgreSQL (as the README's one-command start runs it),
 * whose server process is killed: requests get a quick 503 (problem+json for the API, a
 * page for the browser), readiness goes DOWN, and once the server runs again everything
 * works without restarting the app.
 */
@SpringBootTest(properties = { "planner.demo.enabled=false", "planner.admin.username=admin",
		"planner.admin.password=" + TestUsers.PASSWORD, "planner.embedded-db.check-interval=PT1H" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = DatabaseOutageTest.OwnEmbeddedDatabase.class)
@DirtiesContext
class DatabaseOutageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EmbeddedPostgresServer postgres;

	@Test
	void answers503QuicklyWhileTheDatabaseIsDownAndRecoversWithoutARestart() throws Exception {
		this.mvc.perform(get("/api/v1/plans").with(httpBasic("admin", TestUsers.PASSWORD))).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());

		ProcessHandle server = ProcessHandle.of(this.postgres.serverProcessId().orElseThrow()).orElseThrow();
		server.destroyForcibly();
		server.onExit().join();

		Instant start = Instant.now();
		this.mvc.perform(get("/api/v1/plans").with(httpBasic("admin", TestUsers.PASSWORD)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Retry-After", "5"));
		assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(15));
		this.mvc
			.perform(post("/api/v1/plans").with(httpBasic("admin", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"During the outage\", \"periodStart\": \"2027-01-01\", "
						+ "\"periodEnd\": \"2027-12-31\"}"))
			.andExpect(status().isServiceUnavailable());
		this.mvc.perform(get("/plans").with(user("admin").roles("ADMIN")))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
		this.mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", "whatever-it-is"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/login?unavailable"));
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());

		assertThat(this.postgres.restartIfDead()).isTrue();
		Instant deadline = Instant.now().plusSeconds(30);
		int status = 0;
		while (status != 200 && Instant.now().isBefore(deadline)) {
			status = this.mvc.perform(get("/api/v1/plans").with(httpBasic("admin", TestUsers.PASSWORD)))
				.andReturn()
				.getResponse()
				.getStatus();
		}
		assertThat(status).isEqualTo(200);
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/plans?q=During").with(httpBasic("admin", TestUsers.PASSWORD)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.totalItems")
				.value(0));
	}

	/** A data directory of its own, so that killing its server harms no other test. */
	static class OwnEmbeddedDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			try {
				String directory = Files.createTempDirectory("planner-outage-test").resolve("postgres").toString();
				context.getEnvironment()
					.getPropertySources()
					.addFirst(new MapPropertySource("outageTestDatabase",
							Map.of("planner.embedded-db.data-dir", directory)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
