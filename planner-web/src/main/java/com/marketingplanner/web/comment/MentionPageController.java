package com.marketingplanner.web.comment;

import java.security.Principal;

import com.marketingplanner.domain.comment.Comment;
import com.marketingplanner.domain.comment.CommentService;
import com.marketingplanner.domain.comment.Mention;
import com.marketingplanner.web.api.PageResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's mentions: comments that name them, newest first; opening one
 * marks it seen and shows its thread.
 */
@Controller
@RequestMapping("/account/mentions")
class MentionPageController {

	private static final int PAGE_SIZE = 30;

	private final CommentService comments;

	MentionPageController(CommentService comments) {
		this.comments = comments;
	}

	@GetMapping
	String inbox(@RequestParam(defaultValue = "false") boolean unseen, @RequestParam(defaultValue = "0") int page,
			Principal principal, Model model) {
		model.addAttribute("mentions", this.comments.inbox(principal.getName(), unseen,
				PageRequest.of(PageResponse.pageShown(page), PAGE_SIZE)));
		model.addAttribute("unseen", unseen);
		return "collab/mentions";
	}

	@PostMapping("/{mentionId}/open")
	String open(@PathVariable long mentionId, Principal principal) {
		Mention mention = this.comments.markSeen(principal.getName(), mentionId);
		Comment comment = mention.getComment();
		return "redirect:/plans/" + comment.getPlan().getId() + "/comments?type=" + comment.getTargetType() + "&item="
				+ comment.getTargetId() + "#comment-" + comment.getId();
	}

	@PostMapping("/seen")
	String markAllSeen(Principal principal, RedirectAttributes redirect) {
		this.comments.markAllSeen(principal.getName());
		redirect.addFlashAttribute("flash", "collab.mentions.all-seen");
		return "redirect:/account/mentions";
	}

}
