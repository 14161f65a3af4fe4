package com.marketingplanner.web.page;

import java.util.function.Function;
import java.util.function.Supplier;

import com.marketingplanner.domain.shared.DomainException;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one shape of a page form's submission (post/redirect/get): a form with binding or
 * validation errors is shown again; otherwise the action runs, a broken domain rule is
 * put on the form next to its field ({@link FormErrors}) and the form is shown again;
 * success redirects with a flash message.
 *
 * <pre>
 * return FormSubmission.of(result, () -&gt; render(planId, model))
 * 	.run(() -&gt; this.phases.add(planId, form))
 * 	.thenRedirect(redirect, "flash.created", "/plans/" + planId + "/timeline");
 * </pre>
 */
public final class FormSubmission {

	private final BindingResult result;

	private final Supplier<String> formView;

	private FormSubmission(BindingResult result, Supplier<String> formView) {
		this.result = result;
		this.formView = formView;
	}

	/**
	 * @param result the form's binding result
	 * @param formView renders the page with the form and its errors
	 */
	public static FormSubmission of(BindingResult result, Supplier<String> formView) {
		return new FormSubmission(result, formView);
	}

	/**
	 * After a delete: a redirect to {@code path} with the flash message
	 * {@code flash.deleted}.
	 */
	public static String deleted(RedirectAttributes redirect, String path) {
		redirect.addFlashAttribute("flash", "flash.deleted");
		return "redirect:" + path;
	}

	/** Runs the action unless the form is invalid. */
	public Outcome<Void> run(Runnable action) {
		return apply(() -> {
			action.run();
			return null;
		});
	}

	/** Runs the action unless the form is invalid, keeping what it returns. */
	public <T> Outcome<T> apply(Supplier<T> action) {
		if (this.result.hasErrors()) {
			return new Outcome<>(this, false, null);
		}
		try {
			return new Outcome<>(this, true, action.get());
		}
		catch (DomainException ex) {
			FormErrors.reject(this.result, ex);
			return new Outcome<>(this, false, null);
		}
	}

	/** What became of a submission, and where the reader goes next. */
	public static final class Outcome<T> {

		private final FormSubmission submission;

		private final boolean succeeded;

		private final T value;

		private Outcome(FormSubmission submission, boolean succeeded, T value) {
			this.submission = submission;
			this.succeeded = succeeded;
			this.value = value;
		}

		/**
		 * After success: a redirect to {@code path} with the flash message {@code flash}.
		 */
		public String thenRedirect(RedirectAttributes redirect, String flash, String path) {
			return thenRedirect(redirect, flash, (ignored) -> path);
		}

		/** After success: a redirect to the path made from the action's result. */
		public String thenRedirect(RedirectAttributes redirect, String flash, Function<T, String> path) {
			if (!this.succeeded) {
				return this.submission.formView.get();
			}
			redirect.addFlashAttribute("flash", flash);
			return "redirect:" + path.apply(this.value);
		}

	}

}
