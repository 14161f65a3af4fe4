package com.marketingplanner.domain.comment;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentionsTest {

	@Test
	void findsMentionsWithTheirCandidatesLongestFirst() {
		assertThat(Mentions.candidates("@wang.li please check, thanks @zhao.")).containsExactly(List.of("wang.li"),
				List.of("zhao.", "zhao"));
	}

	@Test
	void anEmailAddressIsNotAMention() {
		assertThat(Mentions.candidates("write to li@example.com")).isEmpty();
	}

	@Test
	void mentionsInChineseTextAreFound() {
		assertThat(Mentions.candidates("请@planner确认预算，@approver审批")).containsExactly(List.of("planner"),
				List.of("approver"));
	}

	@Test
	void aRepeatedMentionCountsOnce() {
		assertThat(Mentions.candidates("@li and @li again")).hasSize(1);
	}

}
