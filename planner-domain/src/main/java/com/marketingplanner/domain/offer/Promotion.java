package com.marketingplanner.domain.offer;

import java.math.BigDecimal;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.marketingplanner.domain.channel.Channel;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Frequency;
import com.marketingplanner.domain.shared.Money;
import com.marketingplanner.domain.shared.Percentage;
import com.marketingplanner.domain.shared.Texts;
import com.marketingplanner.domain.shared.Versioned;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * A promotion of the plan with its mechanics as fields: a threshold and a discount
 * (满200减30 = a threshold of 200 and a discount of 30 in the plan's currency, or a
 * discount in percent), a schedule (每日10点秒杀 = daily at 10:00), a window in days
 * (7天无理由退货), and where it runs: a campaign, a channel, and the partner that carries it
 * (the payment platform of 002's 满200减30). Campaign and partner are other features' rows,
 * kept as ids and checked by {@link OfferService}.
 */
@Entity
@Table(name = "plan_promotion")
public class Promotion implements PlanPart, Versioned {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PromotionKind kind;

	private Money threshold;

	@Column(name = "discount_amount")
	private Money discountAmount;

	@Column(name = "discount_percent")
	private Percentage discountPercent;

	@Enumerated(EnumType.STRING)
	private Frequency recurrence;

	@Column(name = "time_of_day")
	private LocalTime timeOfDay;

	@Column(name = "window_days")
	private Integer windowDays;

	@Column(name = "campaign_id")
	private Long campaignId;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "channel_id")
	private Channel channel;

	@Column(name = "partner_id")
	private Long partnerId;

	private String note;

	@Version
	private long version;

	protected Promotion() {
	}

	public Promotion(Plan plan, int position, PromotionKind kind, String name) {
		this.plan = plan;
		this.position = position;
		classify(kind);
		rename(name);
	}

	public void rename(String newName) {
		this.name = Texts.required(newName, "name", "error.offer.name-required", "A promotion needs a name");
	}

	public void classify(PromotionKind newKind) {
		if (newKind == null) {
			throw new BusinessRuleViolation("kind", "error.offer.kind-required", "Say what kind of promotion it is");
		}
		this.kind = newKind;
	}

	/**
	 * Sets the price mechanics: spend at least {@code newThreshold}, get
	 * {@code amountOff} or {@code percentOff} off.
	 * @throws BusinessRuleViolation when an amount is not above 0, both an amount and a
	 * percentage are given, a percentage is above 100, the discount is not below the
	 * threshold (满减: 减 &lt; 满), or a threshold discount has a discount but no threshold
	 */
	public void price(BigDecimal newThreshold, BigDecimal amountOff, BigDecimal percentOff) {
		requirePositive(newThreshold, "threshold");
		requirePositive(amountOff, "discountAmount");
		requirePositive(percentOff, "discountPercent");
		if (amountOff != null && percentOff != null) {
			throw new BusinessRuleViolation("discountPercent", "error.offer.discount-one-way",
					"Give the discount as an amount or as a percentage, not both");
		}
		if (percentOff != null && percentOff.compareTo(HUNDRED) > 0) {
			throw new BusinessRuleViolation("discountPercent", "error.offer.percent-range",
					"A percentage off is above 0 and at most 100", percentOff);
		}
		if (newThreshold != null && amountOff != null && amountOff.compareTo(newThreshold) >= 0) {
			throw new BusinessRuleViolation("discountAmount", "error.offer.discount-below-threshold",
					"The discount ({0}) must be less than the threshold ({1})", amountOff, newThreshold);
		}
		if (this.kind == PromotionKind.THRESHOLD_DISCOUNT && newThreshold == null
				&& (amountOff != null || percentOff != null)) {
			throw new BusinessRuleViolation("threshold", "error.offer.threshold-required",
					"A threshold discount (满减) needs the threshold its discount applies from");
		}
		this.threshold = Money.ofNullable(newThreshold);
		this.discountAmount = Money.ofNullable(amountOff);
		this.discountPercent = Percentage.ofNullable(percentOff);
	}

	/**
	 * Sets when it runs: a recurrence with an optional time of day (每日10点 = daily at
	 * 10:00) and a window in days (7天无理由退货: 7).
	 * @throws BusinessRuleViolation when a time of day has no recurrence, or a recurrence
	 * in real time has a time of day, or the window is not at least one day
	 */
	public void schedule(Frequency newRecurrence, LocalTime newTimeOfDay, Integer newWindowDays) {
		if (newTimeOfDay != null && (newRecurrence == null || newRecurrence == Frequency.REAL_TIME)) {
			throw new BusinessRuleViolation("timeOfDay", "error.offer.time-needs-recurrence",
					"A time of day needs a recurrence (daily, weekly, …)");
		}
		if (newWindowDays != null && newWindowDays < 1) {
			throw new BusinessRuleViolation("windowDays", "error.offer.window-positive", "A window is at least 1 day",
					newWindowDays);
		}
		this.recurrence = newRecurrence;
		this.timeOfDay = (newTimeOfDay != null) ? newTimeOfDay.withSecond(0).withNano(0) : null;
		this.windowDays = newWindowDays;
	}

	/**
	 * Places it: on a campaign and a channel, carried by a partner (ids checked by the
	 * service to be of the same plan).
	 */
	void placeOn(Long newCampaignId, Channel newChannel, Long newPartnerId) {
		this.campaignId = newCampaignId;
		this.channel = newChannel;
		this.partnerId = newPartnerId;
	}

	public void describe(String newNote) {
		this.note = blankToNull(newNote);
	}

	/**
	 * How deep the discount is at the threshold, in percent (满200减30 = 15 %); the
	 * percentage itself for a discount in percent; {@code null} when it cannot be known.
	 */
	public BigDecimal depthPercent() {
		if (this.discountPercent != null) {
			return this.discountPercent.points();
		}
		return Percentage.pointsOf(Money.amountOrNull(this.discountAmount), Money.amountOrNull(this.threshold));
	}

	private static void requirePositive(BigDecimal amount, String field) {
		if (amount != null && amount.signum() <= 0) {
			throw new BusinessRuleViolation(field, "error.offer.amount-positive", "An amount is above 0", amount);
		}
	}

	void placeAt(int newPosition) {
		this.position = newPosition;
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

	public PromotionKind getKind() {
		return this.kind;
	}

	/** The threshold to spend, or {@code null}. */
	public Money threshold() {
		return this.threshold;
	}

	/** The discount as an amount, or {@code null}. */
	public Money discountAmount() {
		return this.discountAmount;
	}

	/** The discount in percent, or {@code null}. */
	public Percentage discountPercent() {
		return this.discountPercent;
	}

	public BigDecimal getThreshold() {
		return Money.amountOrNull(this.threshold);
	}

	public BigDecimal getDiscountAmount() {
		return Money.amountOrNull(this.discountAmount);
	}

	public BigDecimal getDiscountPercent() {
		return Percentage.pointsOrNull(this.discountPercent);
	}

	public Frequency getRecurrence() {
		return this.recurrence;
	}

	public LocalTime getTimeOfDay() {
		return this.timeOfDay;
	}

	public Integer getWindowDays() {
		return this.windowDays;
	}

	public Long getCampaignId() {
		return this.campaignId;
	}

	public Channel getChannel() {
		return this.channel;
	}

	/** The channel's code, or {@code null}. */
	public String getChannelCode() {
		return (this.channel != null) ? this.channel.getCode() : null;
	}

	public Long getPartnerId() {
		return this.partnerId;
	}

	public String getNote() {
		return this.note;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
