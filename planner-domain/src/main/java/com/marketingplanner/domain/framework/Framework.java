package com.marketingplanner.domain.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.marketingplanner.analytics.cli.AttributionSettings;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.shared.Texts;
import com.marketingplanner.domain.shared.Versioned;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * A named, ordered list a plan works with ({@link FrameworkKind}): segments, product
 * tiers, the levels of a model, scenarios, attribution models or undated steps. The items
 * are kept in the source's order; their names are unique within the framework; every
 * change to them is checked as a whole list and bumps the framework's version, so an item
 * is addressed by its index under optimistic locking.
 * <p>
 * Rules by kind, beyond unique names and "a unit needs a value":
 * <ul>
 * <li>a share ({@code %}) is above 0 and at most 100; the shares of a
 * {@link FrameworkKind#SEGMENTATION segmentation} or of
 * {@link FrameworkKind#PRODUCT_TIERS product tiers} sum to at most 100;</li>
 * <li>product tiers go from entry to top: a tier's value (a price band) is not below the
 * value of the tier before it in the same unit;</li>
 * <li>scenarios compare one quantity: the scenarios that state a value state it in one
 * unit;</li>
 * <li>only an attribution framework names attribution models, each one of the
 * application's models ({@link AttributionSettings#MODELS}) and each at most once.</li>
 * </ul>
 */
@Entity
@Table(name = "plan_framework")
public class Framework implements PlanPart, Versioned {

	/** The most items one framework holds. */
	public static final int MAX_ITEMS = 100;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FrameworkKind kind;

	@Column(nullable = false)
	private String name;

	private String description;

	@Column(name = "source_section")
	private String sourceSection;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "plan_framework_item", joinColumns = @JoinColumn(name = "framework_id"))
	@OrderColumn(name = "position")
	private List<FrameworkItem> items = new ArrayList<>();

	@Version
	private long version;

	protected Framework() {
	}

	public Framework(Plan plan, int position, FrameworkKind kind, String name) {
		this.plan = plan;
		this.position = position;
		this.kind = requiredKind(kind);
		rename(name);
	}

	public void rename(String newName) {
		this.name = requiredText("name", newName);
	}

	/**
	 * Describes the framework and names the section of the source it comes from.
	 */
	public void describe(String newDescription, String newSourceSection) {
		this.description = blankToNull(newDescription);
		this.sourceSection = blankToNull(newSourceSection);
	}

	/**
	 * Makes it a framework of another kind; its items must obey the new kind's rules.
	 * @throws BusinessRuleViolation when they do not
	 */
	public void reclassify(FrameworkKind newKind) {
		FrameworkKind checked = requiredKind(newKind);
		check(checked, this.items);
		this.kind = checked;
	}

	/**
	 * Replaces the items with {@code commands}, in their order.
	 * @throws BusinessRuleViolation when the list breaks a rule (nothing changes then)
	 */
	public void listItems(List<FrameworkItemCommand> commands) {
		redefine(this.kind, commands);
	}

	/**
	 * Makes it a framework of {@code newKind} with the items {@code commands}, checked
	 * together under the new kind's rules.
	 * @throws BusinessRuleViolation when they break a rule (nothing changes then)
	 */
	public void redefine(FrameworkKind newKind, List<FrameworkItemCommand> commands) {
		FrameworkKind checked = requiredKind(newKind);
		List<FrameworkItem> next = new ArrayList<>();
		for (int i = 0; i < commands.size(); i++) {
			next.add(item("items[" + i + "].", commands.get(i)));
		}
		requireFits(checked, next, "items");
		this.kind = checked;
		this.items.clear();
		this.items.addAll(next);
	}

	/**
	 * Inserts an item at {@code position} (clamped; null = last).
	 */
	public void addItem(FrameworkItemCommand command) {
		List<FrameworkItem> next = new ArrayList<>(this.items);
		int at = (command.position() == null) ? next.size() : Math.min(command.position(), next.size());
		next.add(at, item("", command));
		replaceWith(next, "name");
	}

	/**
	 * Replaces the item at {@code index} (its place stays).
	 */
	public void reviseItem(int index, FrameworkItemCommand command) {
		requireIndex(index);
		List<FrameworkItem> next = new ArrayList<>(this.items);
		next.set(index, item("", command));
		replaceWith(next, "name");
	}

	public void removeItem(int index) {
		requireIndex(index);
		List<FrameworkItem> next = new ArrayList<>(this.items);
		next.remove(index);
		replaceWith(next, "name");
	}

	/**
	 * Puts the items in a new order: {@code order} lists every current index once.
	 * @throws BusinessRuleViolation when it is not a permutation of the indexes
	 */
	public void reorderItems(List<Integer> order) {
		Set<Integer> seen = new HashSet<>();
		boolean permutation = order.size() == this.items.size() && order.stream()
			.allMatch((index) -> index != null && index >= 0 && index < this.items.size() && seen.add(index));
		if (!permutation) {
			throw new BusinessRuleViolation("order", "error.framework.order-not-permutation",
					"List every item index (0 to {0}) exactly once", this.items.size() - 1);
		}
		replaceWith(order.stream().map(this.items::get).toList(), "order");
	}

	/**
	 * Moves the item at {@code index} by {@code steps} places (negative = earlier),
	 * stopping at either end.
	 */
	public void moveItem(int index, int steps) {
		requireIndex(index);
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < this.items.size(); i++) {
			order.add(i);
		}
		order.remove(index);
		order.add(Math.max(0, Math.min(order.size(), index + steps)), index);
		reorderItems(order);
	}

	/**
	 * The item at {@code index}.
	 * @throws ResourceNotFoundException when there is none
	 */
	public FrameworkItem item(int index) {
		requireIndex(index);
		return this.items.get(index);
	}

	/**
	 * The name of the step an item depends on: the one before it in a
	 * {@link FrameworkKind#SEQUENCE sequence}; {@code null} for the first step and for
	 * items of other kinds.
	 */
	public String dependsOn(int index) {
		return (this.kind.isSequence() && index > 0 && index < this.items.size()) ? this.items.get(index - 1).getName()
				: null;
	}

	/**
	 * The sum of the items' shares in percent; {@code null} when none states one or the
	 * kind's items are not parts of one whole ({@link FrameworkKind#sumsShares()}).
	 */
	public BigDecimal shareTotal() {
		if (!this.kind.sumsShares()) {
			return null;
		}
		return this.items.stream()
			.filter(FrameworkItem::isShare)
			.map(FrameworkItem::getValue)
			.reduce(BigDecimal::add)
			.orElse(null);
	}

	void placeAt(int newPosition) {
		this.position = newPosition;
	}

	private void replaceWith(List<FrameworkItem> next, String field) {
		requireFits(this.kind, next, field);
		this.items.clear();
		this.items.addAll(next);
	}

	private static void requireFits(FrameworkKind kind, List<FrameworkItem> next, String field) {
		if (next.size() > MAX_ITEMS) {
			throw new BusinessRuleViolation(field, "error.framework.too-many-items",
					"A framework holds at most {0} items", MAX_ITEMS);
		}
		check(kind, next);
	}

	private void requireIndex(int index) {
		if (index < 0 || index >= this.items.size()) {
			throw new ResourceNotFoundException("FrameworkItem", index);
		}
	}

	private static FrameworkItem item(String prefix, FrameworkItemCommand command) {
		String itemName = requiredText(prefix + "name", command.name());
		String unit = blankToNull(command.unit());
		if (unit != null && command.value() == null) {
			throw new BusinessRuleViolation(prefix + "value", "error.framework.unit-without-value",
					"A unit needs a value");
		}
		return new FrameworkItem(itemName, blankToNull(command.description()), command.value(), unit,
				blankToNull(command.attributionModel()));
	}

	/** The rules of {@code kind} on a whole list of items (see the class comment). */
	private static void check(FrameworkKind kind, List<FrameworkItem> list) {
		Set<String> names = new HashSet<>();
		Set<String> models = new HashSet<>();
		String scenarioUnit = null;
		for (int i = 0; i < list.size(); i++) {
			FrameworkItem item = list.get(i);
			String at = "items[" + i + "].";
			if (!names.add(item.getName().toLowerCase(Locale.ROOT))) {
				throw new BusinessRuleViolation(at + "name", "error.framework.item-name-taken",
						"Another item of this framework is already called \"{0}\"", item.getName());
			}
			if (item.isShare() && (item.getValue().signum() <= 0 || item.getValue().compareTo(HUNDRED) > 0)) {
				throw new BusinessRuleViolation(at + "value", "error.framework.share-range",
						"A share is above 0 and at most 100 percent", item.getValue());
			}
			if (item.getAttributionModel() != null) {
				if (kind != FrameworkKind.ATTRIBUTION) {
					throw new BusinessRuleViolation(at + "attributionModel", "error.framework.model-only-attribution",
							"Only an attribution framework names attribution models");
				}
				if (!AttributionSettings.MODELS.contains(item.getAttributionModel())) {
					throw new BusinessRuleViolation(at + "attributionModel", "error.framework.model-unknown",
							"Unknown attribution model \"{0}\" (known: {1})", item.getAttributionModel(),
							String.join(", ", AttributionSettings.MODELS));
				}
				if (!models.add(item.getAttributionModel())) {
					throw new BusinessRuleViolation(at + "attributionModel", "error.framework.model-repeated",
							"Attribution model \"{0}\" is already an item of this framework",
							item.getAttributionModel());
				}
			}
			if (kind == FrameworkKind.PRODUCT_TIERS && i > 0) {
				FrameworkItem before = list.get(i - 1);
				if (item.getValue() != null && before.getValue() != null && !item.isShare()
						&& Objects.equals(item.getUnit(), before.getUnit())
						&& item.getValue().compareTo(before.getValue()) < 0) {
					throw new BusinessRuleViolation(at + "value", "error.framework.tier-below-previous",
							"Tiers go from entry to top: {0} ({1}) is below the tier before it, {2} ({3})",
							item.getName(), item.getValue(), before.getName(), before.getValue());
				}
			}
			if (kind == FrameworkKind.SCENARIOS && item.getValue() != null) {
				String unit = Objects.requireNonNullElse(item.getUnit(), "");
				if (scenarioUnit != null && !scenarioUnit.equals(unit)) {
					throw new BusinessRuleViolation(at + "unit", "error.framework.scenario-units-differ",
							"Scenarios compare one quantity: state every value in {0}",
							scenarioUnit.isEmpty() ? "—" : scenarioUnit);
				}
				scenarioUnit = unit;
			}
		}
		if (kind.sumsShares()) {
			BigDecimal total = list.stream()
				.filter(FrameworkItem::isShare)
				.map(FrameworkItem::getValue)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			if (total.compareTo(HUNDRED) > 0) {
				throw new BusinessRuleViolation("items", "error.framework.shares-over-hundred",
						"The shares add up to {0} percent, more than 100", total.stripTrailingZeros().toPlainString());
			}
		}
	}

	private static FrameworkKind requiredKind(FrameworkKind kind) {
		if (kind == null) {
			throw new BusinessRuleViolation("kind", "error.framework.kind-required",
					"Say what kind of framework it is");
		}
		return kind;
	}

	private static String requiredText(String field, String text) {
		return Texts.required(text, field, "error.framework.name-required", "A name is required");
	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public Plan getPlan() {
		return this.plan;
	}

	public int getPosition() {
		return this.position;
	}

	public FrameworkKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public String getSourceSection() {
		return this.sourceSection;
	}

	public List<FrameworkItem> getItems() {
		return List.copyOf(this.items);
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
