package com.marketingplanner.web.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.marketingplanner.domain.support.PostgresTestInitializer;
import com.marketingplanner.web.timeline.PlanParts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full application context on a fresh PostgreSQL database (from PostgresTestDatabase),
 * with MockMvc, the test users of {@link TestUsers}, the plan test data of
 * {@link PlanParts} (inject it) and no demo plans. The context, and so the database, is
 * shared by all test classes that use this annotation: never assume empty tables.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = { "planner.demo.enabled=false", "planner.admin.username=admin",
		"planner.admin.password=" + TestUsers.PASSWORD,
		// every MockMvc request comes from 127.0.0.1: tests of wrong passwords must not
		// block the others
		"planner.login.address-failures=100000" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PostgresTestInitializer.class)
@Import({ TestUsers.class, DispatcherLikeTheApp.class, PlanParts.class })
public @interface PlannerWebTest {

}
