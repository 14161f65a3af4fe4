package com.marketingplanner.web.comment;

import java.security.Principal;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.comment.CommentService;
import com.marketingplanner.web.api.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/account/mentions")
@Validated
@Tag(name = "Mentions", description = "Comments that mention the caller, in plans the caller can read")
class MentionApiController {

	private final CommentService comments;

	MentionApiController(CommentService comments) {
		this.comments = comments;
	}

	@GetMapping
	@Operation(summary = "The caller's mentions, newest first; unseen=true for the new ones only")
	PageResponse<MentionResponse> inbox(@RequestParam(defaultValue = "false") boolean unseen,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Principal principal) {
		return PageResponse.of(this.comments.inbox(principal.getName(), unseen, PageRequest.of(page, size)),
				MentionResponse::from);
	}

	@PostMapping("/{mentionId}/seen")
	@Operation(summary = "Mark one of the caller's mentions as seen")
	MentionResponse markSeen(@PathVariable long mentionId, Principal principal) {
		return MentionResponse.from(this.comments.markSeen(principal.getName(), mentionId));
	}

	@PostMapping("/seen")
	@Operation(summary = "Mark all the caller's mentions as seen; answers how many were new")
	Map<String, Integer> markAllSeen(Principal principal) {
		return Map.of("marked", this.comments.markAllSeen(principal.getName()));
	}

}
