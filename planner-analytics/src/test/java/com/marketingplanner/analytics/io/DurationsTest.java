package com.marketingplanner.analytics.io;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DurationsTest {

	@ParameterizedTest
	@CsvSource({ "14d, PT336H", "P14D, PT336H", "p14d, PT336H", "36h, PT36H", "PT36H, PT36H", "90m, PT1H30M",
			"45s, PT45S", "0, PT0S", "' 7d ', PT168H" })
	void readsUnitsAndIso8601(String text, String expected) {
		assertThat(Durations.parse(text)).isEqualTo(Duration.parse(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "14", "14w", "d", "P1M", "fortnight", "-3d", "P-2D" })
	void rejectsWhatIsNoDurationSayingWhatOneLooksLike(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Durations.parse(text));
	}

}
