package com.marketingplanner.web.analytics;

import jakarta.validation.constraints.Size;

/**
 * Saves the optimiser's recommendation as a draft budget scenario; both fields are
 * optional (blank = the generated name and description naming the model and the date).
 */
record OptimiserScenarioRequest(@Size(max = 200) String name, @Size(max = 20000) String description) {
}
