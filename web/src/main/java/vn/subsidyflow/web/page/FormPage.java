package vn.subsidyflow.web.page;

import org.springframework.ui.Model;

/**
 * A page whose forms are shown again when the engine refuses what they sent, with the refusal next
 * to the field it names. Its handlers do not catch the refusal: {@link PageAdvice} does, puts the
 * errors on the model and asks the page for the view to answer with.
 */
public interface FormPage {

    /**
     * Fills the model as the page's own view would be filled and returns that view; or returns a
     * {@code redirect:}, and the refusal is flashed to the page redirected to as {@code problem}.
     */
    String showAgain(RefusedForm form, Model model);
}
