package com.marketingplanner.domain.driver;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Texts;
import com.marketingplanner.domain.shared.Versioned;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * A named group of shares of one base that must sum to 100 % (004: traffic 公域 40 / 私域 30
 * / 内容 30 %). A share the plan states illegibly is kept as unknown, and the mix then
 * "cannot be checked" ({@link #check()}) instead of passing or failing on a guess.
 */
@Entity
@Table(name = "plan_mix")
public class PlanMix implements PlanPart, Versioned {

	/** More shares than any seed's mix has. */
	public static final int MAX_SHARES = 20;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String name;

	private String base;

	private String note;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "plan_mix_share", joinColumns = @JoinColumn(name = "mix_id"))
	@OrderColumn(name = "position")
	private List<MixShare> shares = new ArrayList<>();

	@Version
	private long version;

	protected PlanMix() {
	}

	public PlanMix(Plan plan, int position, String name) {
		this.plan = plan;
		this.position = position;
		describe(name, null, null);
	}

	/**
	 * Names the mix, what its shares divide ({@code base}, e.g. "流量") and a note.
	 * @throws BusinessRuleViolation without a name
	 */
	public void describe(String newName, String newBase, String newNote) {
		this.name = Texts.required(newName, "name", "error.mix.name-required", "A mix needs a name");
		this.base = blankToNull(newBase);
		this.note = blankToNull(newNote);
	}

	/**
	 * Replaces the shares (percent; {@code null} = stated but not legible).
	 * @throws BusinessRuleViolation with fewer than two or more than {@link #MAX_SHARES}
	 * shares, a share without a label, or a share outside 0–100 %
	 */
	public void divideInto(List<String> labels, List<BigDecimal> percents) {
		if (labels.size() < 2 || labels.size() > MAX_SHARES) {
			throw new BusinessRuleViolation("shares", "error.mix.shares-count",
					"A mix has between 2 and " + MAX_SHARES + " shares", MAX_SHARES);
		}
		List<MixShare> checked = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			String label = blankToNull(labels.get(i));
			BigDecimal percent = percents.get(i);
			if (label == null) {
				throw new BusinessRuleViolation("shares[" + i + "].label", "error.mix.label-required",
						"A share needs a label");
			}
			if (percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
				throw new BusinessRuleViolation("shares[" + i + "].share", "error.mix.share-range",
						"A share lies between 0 and 100 %");
			}
			checked.add(new MixShare(label, percent));
		}
		this.shares.clear();
		this.shares.addAll(checked);
	}

	/** Whether the shares sum to 100 %, do not, or cannot be checked. */
	public MixCheck check() {
		return MixCheck.of(this.shares.stream().map(MixShare::getShare).toList());
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

	public String getName() {
		return this.name;
	}

	/** What the shares divide, or {@code null}. */
	public String getBase() {
		return this.base;
	}

	public String getNote() {
		return this.note;
	}

	public List<MixShare> getShares() {
		return List.copyOf(this.shares);
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
