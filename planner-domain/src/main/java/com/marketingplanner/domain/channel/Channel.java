package com.marketingplanner.domain.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.marketingplanner.domain.shared.Versioned;

/**
 * A marketing channel from the shared catalog (Douyin, Tmall, SEM, …). Core channels keep
 * running when an overspend freeze pauses the others.
 */
@Entity
@Table(name = "channel")
public class Channel implements Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_zh", nullable = false)
	private String nameZh;

	@Enumerated(EnumType.STRING)
	@Column(name = "channel_class", nullable = false)
	private ChannelClass channelClass;

	private boolean core;

	@Version
	private long version;

	protected Channel() {
	}

	public Channel(String code, String name, String nameZh, ChannelClass channelClass, boolean core) {
		this.code = code;
		rename(name, nameZh);
		reclassify(channelClass, core);
	}

	public void rename(String newName, String newNameZh) {
		this.name = newName;
		this.nameZh = newNameZh;
	}

	public void reclassify(ChannelClass newClass, boolean newCore) {
		this.channelClass = newClass;
		this.core = newCore;
	}

	/** The name in the given language: Chinese for {@code zh}, English otherwise. */
	public String displayName(java.util.Locale locale) {
		return "zh".equals(locale.getLanguage()) ? this.nameZh : this.name;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public ChannelClass getChannelClass() {
		return this.channelClass;
	}

	public boolean isCore() {
		return this.core;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
