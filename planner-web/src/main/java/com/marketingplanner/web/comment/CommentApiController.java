package com.marketingplanner.web.comment;

import java.net.URI;
import java.security.Principal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.comment.Comment;
import com.marketingplanner.domain.comment.CommentCommand;
import com.marketingplanner.domain.comment.CommentEditCommand;
import com.marketingplanner.domain.comment.CommentService;
import com.marketingplanner.domain.comment.CommentTarget;
import com.marketingplanner.web.api.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plans/{planId}/comments")
@Validated
@Tag(name = "Comments",
		description = "Review discussions on a plan and its items, with @mentions; everyone who reads the plan may comment")
class CommentApiController {

	private final CommentService comments;

	CommentApiController(CommentService comments) {
		this.comments = comments;
	}

	@GetMapping
	@Operation(summary = "List the plan's comments, oldest first: all, those on one kind of item, or on one item")
	PageResponse<CommentResponse> list(@PathVariable long planId,
			@RequestParam(required = false) CommentTarget targetType, @RequestParam(required = false) Long targetId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return PageResponse.of(this.comments.list(planId, targetType, targetId, PageRequest.of(page, size)),
				CommentResponse::from);
	}

	@GetMapping("/{commentId}")
	@Operation(summary = "Read one comment")
	CommentResponse get(@PathVariable long planId, @PathVariable long commentId) {
		return CommentResponse.from(this.comments.get(planId, commentId));
	}

	@PostMapping
	@Operation(summary = "Comment on the plan or one of its items; @username mentions people who can read the plan")
	ResponseEntity<CommentResponse> add(@PathVariable long planId, @Valid @RequestBody CommentCommand command,
			Principal principal) {
		Comment comment = this.comments.add(planId, command, principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/comments/" + comment.getId()))
			.body(CommentResponse.from(comment));
	}

	@PutMapping("/{commentId}")
	@Operation(summary = "Edit your own comment; send the version you read (409 when stale)")
	CommentResponse edit(@PathVariable long planId, @PathVariable long commentId,
			@Valid @RequestBody CommentEditCommand command, Principal principal) {
		return CommentResponse.from(this.comments.edit(planId, commentId, command, principal.getName()));
	}

	@DeleteMapping("/{commentId}")
	@Operation(summary = "Delete a comment (its author, the plan's owner or an administrator)")
	ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long commentId, @RequestParam long version,
			Principal principal) {
		this.comments.delete(planId, commentId, version, principal.getName());
		return ResponseEntity.noContent().build();
	}

}
