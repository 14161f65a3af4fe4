package com.marketingplanner.web.fault;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Puts every connection pool of the app (the embedded database's and a configured
 * server's) behind {@link AvailabilityAwareDataSource}. Settings:
 * {@code planner.database.wait-when-busy} (default 30 s: how long a request waits for a
 * connection while all are in use) and {@code planner.database.probe-interval} (default 1
 * s: how often an unreachable database is tried again).
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseAvailabilityConfiguration {

	@Bean
	static DatabaseAvailability databaseAvailability() {
		return new DatabaseAvailability(Clock.systemUTC());
	}

	@Bean
	static BeanPostProcessor availabilityAwareConnectionPools(ObjectProvider<DatabaseAvailability> availability,
			Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof DataSource pool) || bean instanceof AvailabilityAwareDataSource) {
					return bean;
				}
				Binder settings = Binder.get(environment);
				return new AvailabilityAwareDataSource(pool, availability.getObject(),
						settings.bind("planner.database.wait-when-busy", Duration.class).orElse(Duration.ofSeconds(30)),
						settings.bind("planner.database.probe-interval", Duration.class).orElse(Duration.ofSeconds(1)));
			}
		};
	}

}
