package com.marketingplanner.web.svg;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SvgTest {

	@Test
	void writesEachElementWithItsAttributesInOrder() {
		String svg = new Svg().open(200, 100.5, "ROI <2026>")
			.rect(1, 2.345, -4, 5, "#1f77b4", "rx=\"2\"")
			.line(0, 0, 10, 10, "#333", 1.5, null)
			.path("M0 0 L10 10", "none", "")
			.circle(5, 5, 2, "red", null)
			.text(3, 4, "毛利率 & ROI", 12, "#000", "middle", true)
			.close();

		assertThat(svg).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100.50\""
				+ " viewBox=\"0 0 200 100.50\" font-family=\"" + SvgCharts.FONT_FAMILY + "\" role=\"img\">"
				+ "<title>ROI &lt;2026&gt;</title>"
				+ "<rect x=\"1\" y=\"2.35\" width=\"0\" height=\"5\" fill=\"#1f77b4\" rx=\"2\"/>"
				+ "<line x1=\"0\" y1=\"0\" x2=\"10\" y2=\"10\" stroke=\"#333\" stroke-width=\"1.50\"/>"
				+ "<path d=\"M0 0 L10 10\" fill=\"none\"/>" + "<circle cx=\"5\" cy=\"5\" r=\"2\" fill=\"red\"/>"
				+ "<text x=\"3\" y=\"4\" font-size=\"12\" fill=\"#000\" text-anchor=\"middle\" font-weight=\"bold\">"
				+ "毛利率 &amp; ROI</text></svg>");
	}

	@Test
	void escapesAttributeValues() {
		String svg = new Svg().open(10, 10, null).rect(0, 0, 1, 1, "\"><script>", null).close();

		assertThat(svg).contains("fill=\"&quot;&gt;&lt;script&gt;\"").doesNotContain("<script>");
	}

}
