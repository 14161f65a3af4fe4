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
		this.out.append("<rect x=\"")
			.append(n(x))
			.append("\" y=\"")
			.append(n(y))
			.append("\" width=\"")
			.append(n(Math.max(width, 0)))
			.append("\" height=\"")
			.append(n(Math.max(height, 0)))
			.append("\" fill=\"")
			.append(fill)
			.append('"');
		extra(extra);
		this.out.append("/>");
		return this;
	}

	Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String extra) {
		this.out.append("<line x1=\"")
			.append(n(x1))
			.append("\" y1=\"")
			.append(n(y1))
			.append("\" x2=\"")
			.append(n(x2))
			.append("\" y2=\"")
			.append(n(y2))
			.append("\" stroke=\"")
			.append(stroke)
			.append("\" stroke-width=\"")
			.append(n(width))
			.append('"');
		extra(extra);
		this.out.append("/>");
		return this;
	}

	Svg path(String d, String fill, String extra) {
		this.out.append("<path d=\"").append(d).append("\" fill=\"").append(fill).append('"');
		extra(extra);
		this.out.append("/>");
		return this;
	}

	Svg circle(double cx, double cy, double r, String fill, String extra) {
		this.out.append("<circle cx=\"")
			.append(n(cx))
			.append("\" cy=\"")
			.append(n(cy))
			.append("\" r=\"")
			.append(n(r))
			.append("\" fill=\"")
			.append(fill)
			.append('"');
		extra(extra);
		this.out.append("/>");
		return this;
	}

	/**
	 * @param anchor start, middle or end
	 */
	Svg text(double x, double y, String text, double size, String fill, String anchor, boolean bold) {
		this.out.append("<text x=\"")
			.append(n(x))
			.append("\" y=\"")
			.append(n(y))
			.append("\" font-size=\"")
			.append(n(size))
			.append("\" fill=\"")
			.append(fill)
			.append("\" text-anchor=\"")
			.append(anchor)
			.append('"');
		if (bold) {
			this.out.append(" font-weight=\"bold\"");
		}
		this.out.append('>').append(escape(text)).append("</text>");
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
