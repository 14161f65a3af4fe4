package com.marketingplanner.web.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3 document at /v3/api-docs (Swagger UI at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI plannerOpenApi() {
		return new OpenAPI().info(new Info().title("Marketing Planner API")
			.version("v1")

			.description("Plans, goals, KPIs, budgets, timelines, risks and campaigns for internal tools. "
					+ "Authenticate with HTTP Basic or a personal token from the API tokens page (Authorization: Bearer mp_…). "
					+ "Errors are RFC 9457 problem details; edits carry the version read (409 when stale)."))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

}
