package com.marketingplanner.domain.channel;

import java.util.List;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The channel catalog: listing, lookup by code, and edits by administrators. */
@Service
@Transactional(readOnly = true)
public class ChannelService {

	private final ChannelRepository channels;

	public ChannelService(ChannelRepository channels) {
		this.channels = channels;
	}

	public List<Channel> all() {
		return this.channels.findAllByOrderByChannelClassAscCodeAsc();
	}

	public Channel get(long id) {
		return this.channels.findById(id).orElseThrow(() -> new ResourceNotFoundException("Channel", id));
	}

	/**
	 * The channel with this code.
	 * @param field the request field that named it, for the error message
	 * @throws BusinessRuleViolation when no channel has this code
	 */
	public Channel byCode(String code, String field) {
		return this.channels.findByCode(code)
			.orElseThrow(() -> new BusinessRuleViolation(field, "error.channel.unknown",
					"Unknown channel '" + code + "'", code));
	}

	@Transactional
	public Channel create(ChannelCommand command) {
		if (this.channels.existsByCode(command.code())) {
			throw new BusinessRuleViolation("code", "error.channel.duplicate-code",
					"A channel with code '" + command.code() + "' exists already", command.code());
		}
		return this.channels.save(new Channel(command.code(), command.name(), command.nameZh(), command.channelClass(),
				command.isCore()));
	}

	@Transactional
	public Channel update(long id, ChannelCommand command) {
		Channel channel = get(id);
		channel.requireVersion(command.version());
		channel.rename(command.name(), command.nameZh());
		channel.reclassify(command.channelClass(), command.isCore());
		return channel;
	}

}
