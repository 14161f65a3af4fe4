package com.marketingplanner.web.comment;

import java.util.Map;

import com.marketingplanner.domain.comment.CommentService;
import com.marketingplanner.domain.comment.CommentTarget;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The number of comments on an item of a plan, for the "Discuss (3)" links of the item
 * lists: {@code ${@discussions.count(plan.id, 'RISK', risk.id)}}. The counts of a plan
 * are read once per request (one query), however many items the page lists.
 */
@Component("discussions")
public class DiscussionCounts {

	private static final String CACHE = DiscussionCounts.class.getName() + ".";

	private final CommentService comments;

	DiscussionCounts(CommentService comments) {
		this.comments = comments;
	}

	public long count(long planId, String type, long itemId) {
		return counts(planId).getOrDefault(CommentTarget.valueOf(type), Map.of()).getOrDefault(itemId, 0L);
	}

	@SuppressWarnings("unchecked")
	private Map<CommentTarget, Map<Long, Long>> counts(long planId) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = CACHE + planId;
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Map<?, ?> cached) {
			return (Map<CommentTarget, Map<Long, Long>>) cached;
		}
		Map<CommentTarget, Map<Long, Long>> counts = this.comments.counts(planId);
		if (request != null) {
			request.setAttribute(key, counts, RequestAttributes.SCOPE_REQUEST);
		}
		return counts;
	}

}
