package com.marketingplanner.domain.plan;

import java.util.List;

/** A section with its derived number and its subsections, in order. */
public record SectionNode(long id, String number, String heading, String body, long version,
		List<SectionNode> children) {
}
