package com.marketingplanner.web.comment;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import com.marketingplanner.domain.comment.Comment;
import com.marketingplanner.domain.comment.CommentCommand;
import com.marketingplanner.domain.comment.CommentEditCommand;
import com.marketingplanner.domain.comment.CommentService;
import com.marketingplanner.domain.comment.CommentTarget;
import com.marketingplanner.domain.comment.CommentedItem;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.DomainException;
import com.marketingplanner.web.api.PageResponse;
import com.marketingplanner.web.page.FormErrors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The discussion page of a plan: the comments on the plan and its items (all, or the
 * thread of one item), the item picker with the number of comments per item, and the
 * comment form (post/redirect/get).
 */
@Controller
@RequestMapping("/plans/{planId}/comments")
class CommentPageController {

	private static final int PAGE_SIZE = 50;

	private final PlanService plans;

	private final CommentService comments;

	CommentPageController(PlanService plans, CommentService comments) {
		this.plans = plans;
		this.comments = comments;
	}

	/**
	 * All comments, or the thread of one item: named by {@code type} and {@code item}
	 * (links) or by {@code about} = {@code TYPE:id} (the item picker).
	 */
	@GetMapping
	String discussion(@PathVariable long planId, @RequestParam(required = false) CommentTarget type,
			@RequestParam(required = false) Long item, @RequestParam(required = false) String about,
			@RequestParam(defaultValue = "0") int page, Model model) {
		if (about != null && about.matches("[A-Z_]+:\\d{1,18}")) {
			CommentCommand picked = new CommentForm(about, "-").toCommand();
			type = picked.targetType();
			item = picked.targetId();
		}
		CommentTarget selectedType = type;
		Long selectedItem = (type == CommentTarget.PLAN) ? Long.valueOf(planId) : item;
		if (!model.containsAttribute("form")) {
			String subject = (selectedType != null && selectedItem != null)
					? CommentForm.about(selectedType, selectedItem) : CommentForm.about(CommentTarget.PLAN, planId);
			model.addAttribute("form", new CommentForm(subject, ""));
		}
		return render(planId, selectedType, selectedItem, page, model);
	}

	@PostMapping
	String add(@PathVariable long planId, @Valid @ModelAttribute("form") CommentForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Comment comment = this.comments.add(planId, form.toCommand(), principal.getName());
				redirect.addFlashAttribute("flash", "collab.comments.added");
				return redirect(planId, comment);
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return render(planId, null, null, 0, model);
	}

	@PostMapping("/{commentId}")
	String edit(@PathVariable long planId, @PathVariable long commentId, @RequestParam String body,
			@RequestParam long version, Principal principal, RedirectAttributes redirect) {
		Comment comment = this.comments.edit(planId, commentId, new CommentEditCommand(body, version),
				principal.getName());
		redirect.addFlashAttribute("flash", "flash.saved");
		return redirect(planId, comment);
	}

	@PostMapping("/{commentId}/delete")
	String delete(@PathVariable long planId, @PathVariable long commentId, @RequestParam long version,
			Principal principal, RedirectAttributes redirect) {
		Comment comment = this.comments.get(planId, commentId);
		this.comments.delete(planId, commentId, version, principal.getName());
		redirect.addFlashAttribute("flash", "flash.deleted");
		return "redirect:/plans/" + planId + "/comments?type=" + comment.getTargetType() + "&item="
				+ comment.getTargetId();
	}

	private String render(long planId, CommentTarget type, Long item, int page, Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		List<CommentedItem> items = this.comments.items(planId);
		Map<String, CommentedItem> byKey = new LinkedHashMap<>();
		items.forEach((entry) -> byKey.put(CommentForm.about(entry.type(), entry.id()), entry));
		model.addAttribute("items", items);
		Map<CommentTarget, List<CommentedItem>> groups = new LinkedHashMap<>();
		items.forEach((entry) -> groups.computeIfAbsent(entry.type(), (kind) -> new ArrayList<>()).add(entry));
		model.addAttribute("groups", groups);
		model.addAttribute("itemsByKey", byKey);
		model.addAttribute("selectedType", type);
		model.addAttribute("selectedItem", item);
		model.addAttribute("selected",
				(type != null && item != null) ? byKey.get(CommentForm.about(type, item)) : null);
		Page<Comment> thread = this.comments.list(planId, type, (type != null) ? item : null,
				PageRequest.of(PageResponse.pageShown(page), PAGE_SIZE));
		model.addAttribute("comments", thread);
		return "collab/comments";
	}

	private static String redirect(long planId, Comment comment) {
		return "redirect:/plans/" + planId + "/comments?type=" + comment.getTargetType() + "&item="
				+ comment.getTargetId() + "#comment-" + comment.getId();
	}

}
