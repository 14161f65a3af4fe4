package com.marketingplanner.web.chart;

/**
 * The meaning of a colour, not the colour itself: the drawing side maps tones to its
 * palette (the browser to the page's CSS colours, the PDF to its own), so a
 * red/amber/green status reads the same everywhere. {@code SERIES_1…SERIES_6} are neutral
 * colours that tell series apart.
 */
public enum Tone {

	GOOD, WARNING, BAD, INFO, NEUTRAL, MUTED, SERIES_1, SERIES_2, SERIES_3, SERIES_4, SERIES_5, SERIES_6;

	/** The n-th (0-based) series colour, repeating after six. */
	public static Tone series(int index) {
		return values()[SERIES_1.ordinal() + Math.floorMod(index, 6)];
	}

}
