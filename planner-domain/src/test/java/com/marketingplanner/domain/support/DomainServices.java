package com.marketingplanner.domain.support;

import java.util.UUID;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * Every service and component of the domain module, for slice tests that exercise several
 * features at once (templates, plan documents): {@code @Import(DomainServices.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackages = "com.marketingplanner.domain", useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION,
				classes = { Service.class, Component.class }))
public class DomainServices {

	/** Creates a user with the given role and returns its username. */
	public static String createUser(JdbcClient jdbc, String role) {
		String username = "user-" + UUID.randomUUID();
		jdbc.sql("""
				insert into app_user (username, display_name, password_hash, role)
				values (?, 'Test user', '{noop}x', ?)""").params(username, role).update();
		return username;
	}

}
