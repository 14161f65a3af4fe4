package com.marketingplanner.web.admin;

import com.marketingplanner.domain.channel.ChannelRepository;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlannerWebTest
class AdministrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ChannelRepository channels;

	@BeforeEach
	void users() {
		this.users.ensureAll();
	}

	@Test
	void everyoneReadsTheChannelCatalogWithTheSeedChannels() throws Exception {
		this.mvc.perform(get("/api/v1/channels").with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(hasItem("douyin")))
			.andExpect(jsonPath("$[*].code").value(hasItem("pinduoduo")));
	}

	@Test
	void onlyAnAdministratorAddsAChannel() throws Exception {
		String channel = "{\"code\": \"bilibili\", \"name\": \"Bilibili\", \"nameZh\": \"哔哩哔哩\", \"channelClass\": \"DIGITAL\"}";
		this.mvc
			.perform(post("/api/v1/channels").with(httpBasic("planner", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(channel))
			.andExpect(status().isForbidden());
		assertThat(this.channels.existsByCode("bilibili")).isFalse();
		this.mvc
			.perform(post("/api/v1/channels").with(httpBasic("admin", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(channel))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/channels").with(httpBasic("admin", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(channel))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
	}

	@Test
	void onlyAnAdministratorManagesUsers() throws Exception {
		String user = "{\"username\": \"analyst\", \"displayName\": \"Analyst\", \"password\": \"long-enough-password\", \"role\": \"VIEWER\"}";
		this.mvc.perform(get("/api/v1/admin/users").with(httpBasic("planner", TestUsers.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/admin/users").with(httpBasic("admin", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(user.replace("long-enough-password", "short")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		this.mvc
			.perform(post("/api/v1/admin/users").with(httpBasic("admin", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(user))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.role").value("VIEWER"));
		this.mvc.perform(get("/api/v1/plans").with(httpBasic("analyst", "long-enough-password")))
			.andExpect(status().isOk());
	}

	@Test
	void servesTheOpenApiDocumentToSignedInUsers() throws Exception {
		this.mvc
			.perform(get("/v3/api-docs")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user("viewer")
					.roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").exists())
			.andExpect(jsonPath("$.paths['/api/v1/plans']").exists())
			.andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"));
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
	}

}
