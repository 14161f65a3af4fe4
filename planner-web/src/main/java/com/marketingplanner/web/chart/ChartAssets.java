package com.marketingplanner.web.chart;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the ECharts library from the application itself, under the app's own path
 * {@value #ECHARTS_PATH}: the {@code org.mvnpm:echarts} jar keeps its npm package under
 * {@code META-INF/resources/_static/echarts/<version>/}, and pages load
 * {@code dist/echarts.min.js} from here, never from a CDN (intranets have no internet).
 * The version is part of the path, so the file may be cached for a year.
 */
@Configuration(proxyBeanMethods = false)
public class ChartAssets implements WebMvcConfigurer {

	/** The ECharts version of the {@code org.mvnpm:echarts} dependency. */
	public static final String ECHARTS_VERSION = "6.0.0";

	/** Where pages load ECharts from. */
	public static final String ECHARTS_PATH = "/js/vendor/echarts-" + ECHARTS_VERSION + "/";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(ECHARTS_PATH + "**")
			.addResourceLocations("classpath:/META-INF/resources/_static/echarts/" + ECHARTS_VERSION + "/dist/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic());
	}

}
