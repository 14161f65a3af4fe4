package com.marketingplanner.web.goal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.goal.Direction;
import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.analytics.goal.GoalStatus;
import com.marketingplanner.domain.goal.GoalCategory;
import com.marketingplanner.domain.goal.GoalHorizon;
import com.marketingplanner.domain.goal.KpiWarning;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key the goals feature shows, including the keys its domain throws, exists
 * in the goals bundle pair.
 */
class GoalMessagesTest {

	/** The domain sources of the feature, read from the sibling module. */
	private static final Path DOMAIN_SOURCES = Path.of("..", "planner-domain", "src", "main", "java", "com",
			"marketingplanner", "domain", "goal");

	private static final Pattern KEY = Pattern.compile("\"((?:error|warning)\\.(?:goal|kpi|measurement)[a-z.-]*)\"");

	@Test
	void everyKeyOfTheGoalsFeatureExistsInEnglishAndChinese() throws IOException {
		for (String bundle : new String[] { "i18n/goals.properties", "i18n/goals_zh_CN.properties" }) {
			Properties properties = load(bundle);
			assertThat(properties.stringPropertyNames()).as(bundle).containsAll(domainKeys());
			for (KpiWarning warning : KpiWarning.values()) {
				assertThat(properties).as(bundle).containsKey(warning.messageKey());
			}
			for (Enum<?>[] values : new Enum<?>[][] { GoalCategory.values(), GoalHorizon.values(), Direction.values(),
					TargetType.values(), GoalStatus.values() }) {
				for (Enum<?> value : values) {
					assertThat(properties).as(bundle)
						.containsKey("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
				}
			}
		}
	}

	private static Set<String> domainKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(DOMAIN_SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		assertThat(keys).as("message keys found in " + DOMAIN_SOURCES).hasSizeGreaterThan(10);
		return keys;
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
