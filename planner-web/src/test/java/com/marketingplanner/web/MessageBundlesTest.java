package com.marketingplanner.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-visible string exists in English and in Simplified Chinese: each bundle pair
 * has the same keys, no empty values, and every basename on the classpath is configured.
 */
class MessageBundlesTest {

	@Test
	void everyEnglishBundleHasAChineseTwinWithTheSameKeys() throws IOException {
		List<String> basenames = bundleBasenames();
		assertThat(basenames).contains("messages", "i18n/plans", "i18n/admin");
		for (String basename : basenames) {
			Properties english = load(basename + ".properties");
			Properties chinese = load(basename + "_zh_CN.properties");
			assertThat(chinese.stringPropertyNames()).as("keys of %s_zh_CN", basename)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
			english.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, basename).isNotBlank());
			chinese
				.forEach((key, value) -> assertThat(value.toString()).as("%s in %s_zh_CN", key, basename).isNotBlank());
		}
	}

	@Test
	void everyBundleOnTheClasspathIsConfigured() throws IOException {
		Properties application = load("application.properties");
		Set<String> configured = new TreeSet<>(
				Arrays.asList(application.getProperty("spring.messages.basename").split(",")));
		assertThat(configured).containsAll(bundleBasenames());
	}

	@Test
	void keysDoNotRepeatAcrossBundles() throws IOException {
		Set<String> seen = new TreeSet<>();
		List<String> repeated = new ArrayList<>();
		for (String basename : bundleBasenames()) {
			for (String key : load(basename + ".properties").stringPropertyNames()) {
				if (!seen.add(key)) {
					repeated.add(basename + ": " + key);
				}
			}
		}
		assertThat(repeated).isEmpty();
	}

	private static List<String> bundleBasenames() throws IOException {
		List<String> basenames = new ArrayList<>();
		basenames.add("messages");
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:i18n/*.properties")) {
			String name = resource.getFilename();
			if (name != null && !name.contains("_")) {
				basenames.add("i18n/" + name.substring(0, name.length() - ".properties".length()));
			}
		}
		return basenames.stream().distinct().sorted().toList();
	}

	private static Properties load(String path) throws IOException {
		Resource resource = new PathMatchingResourcePatternResolver().getResource("classpath:" + path);
		assertThat(resource.exists()).as("%s exists", path).isTrue();
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
