package com.marketingplanner.web.svg;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A small SVG writer: elements are appended as text with every attribute value and text
 * escaped, numbers written with at most two decimals in the root locale.
 */
final class Svg {

	private final StringBuilder out = new StringBuilder(4096);

	Svg open(double width, double height, String title) {
		this.out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
			.append(n(width))
			.append("\" height=\"")
			.append(n(height))
			.append("\" viewBox=\"0 0 ")
			.append(n(width))
			.append(' ')
			.append(n(height))
			.append("\" font-family=\"")
			.append(SvgCharts.FONT_FAMILY)
			.append("\" role=\"img\">");
		if (title != null) {
			this.out.append("<title>").append(escape(title)).append("</title>");
		}
		return this;
	}

	Svg rect(double x, double y, double width, double height, String fill, String extra) {
		return start("rect").attribute("x", x)
			.attribute("y", y)
			.attribute("width", Math.max(width, 0))
			.attribute("height", Math.max(height, 0))
			.attribute("fill", fill)
			.closeEmpty(extra);
	}

	Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String extra) {
		return start("line").attribute("x1", x1)
			.attribute("y1", y1)
			.attribute("x2", x2)
			.attribute("y2", y2)
			.attribute("stroke", stroke)
			.attribute("stroke-width", width)
			.closeEmpty(extra);
	}

	Svg path(String d, String fill, String extra) {
		return start("path").attribute("d", d).attribute("fill", fill).closeEmpty(extra);
	}

	Svg circle(double cx, double cy, double r, String fill, String extra) {
		return start("circle").attribute("cx", cx)
			.attribute("cy", cy)
			.attribute("r", r)
			.attribute("fill", fill)
			.closeEmpty(extra);
	}

	/**
	 * @param anchor start, middle or end
	 */
	Svg text(double x, double y, String text, double size, String fill, String anchor, boolean bold) {
		start("text").attribute("x", x)
			.attribute("y", y)
			.attribute("font-size", size)
			.attribute("fill", fill)
			.attribute("text-anchor", anchor);
		if (bold) {
			attribute("font-weight", "bold");
		}
		this.out.append('>').append(escape(text)).append("</text>");
		return this;
	}

	private Svg start(String element) {
		this.out.append('<').append(element);
		return this;
	}

	private Svg attribute(String name, double value) {
		return attribute(name, n(value));
	}

	/** Appends {@code name="value"} with the value escaped. */
	private Svg attribute(String name, String value) {
		this.out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
		return this;
	}

	/** Ends an element without content, after the caller's extra attributes. */
	private Svg closeEmpty(String extra) {
		extra(extra);
		this.out.append("/>");
		return this;
	}

	String close() {
		return this.out.append("</svg>").toString();
	}

	private void extra(String extra) {
		if (extra != null && !extra.isEmpty()) {
			this.out.append(' ').append(extra);
		}
	}

	static String n(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return String.format(Locale.ROOT, "%.2f", value);
	}

	static String n(BigDecimal value) {
		return n(value.doubleValue());
	}

	/** Text safe inside an element or a double-quoted attribute. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> {
					// characters XML 1.0 forbids (control characters) are dropped
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

}
