package com.marketingplanner.web.chart;

import java.math.BigDecimal;

/**
 * One value of a series. In a category chart the i-th datum belongs to the i-th category
 * and {@code x} is {@code null}; in a {@link ChartKind#MATRIX} chart {@code x} and
 * {@code value} (y) place it. {@code low} is the lower edge of a range (forecast band).
 *
 * @param value the number drawn ({@code null}: no value, drawn as a gap)
 * @param low lower edge of a range, else {@code null}
 * @param x horizontal position on a numeric axis, else {@code null}
 * @param label a name for the point itself (a risk's title), else {@code null}
 * @param display the value as the page's tables write it ("¥2.8亿", "42.9%")
 * @param tone a colour of its own (a status), else {@code null} for the series' tone
 * @param href where clicking the point leads (its edit page), else {@code null}
 */
public record Datum(BigDecimal value, BigDecimal low, BigDecimal x, String label, String display, Tone tone,
		String href) {

	public static Datum of(BigDecimal value, String display) {
		return new Datum(value, null, null, null, display, null, null);
	}

	public static Datum range(BigDecimal low, BigDecimal high, String display) {
		return new Datum(high, low, null, null, display, null, null);
	}

	public static Datum point(BigDecimal x, BigDecimal y, String label, String display) {
		return new Datum(y, null, x, label, display, null, null);
	}

	public Datum withTone(Tone newTone) {
		return new Datum(this.value, this.low, this.x, this.label, this.display, newTone, this.href);
	}

	public Datum linkedTo(String newHref) {
		return new Datum(this.value, this.low, this.x, this.label, this.display, this.tone, newHref);
	}

}
