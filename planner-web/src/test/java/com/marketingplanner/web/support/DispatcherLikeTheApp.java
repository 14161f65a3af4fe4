package com.marketingplanner.web.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * MockMvc's dispatcher servlet set up as the app's is: Spring Boot applies
 * {@code spring.mvc.publish-request-handled-events} to the real one only, and publishing
 * opens the session of every request (StaticFilesTest).
 */
@TestConfiguration(proxyBeanMethods = false)
class DispatcherLikeTheApp {

	@Bean
	MockMvcBuilderCustomizer publishRequestHandledEventsAsTheAppDoes(WebMvcProperties mvc) {
		return (builder) -> builder.addDispatcherServletCustomizer(
				(dispatcher) -> dispatcher.setPublishEvents(mvc.isPublishRequestHandledEvents()));
	}

}
