package com.marketingplanner.web.channel;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import com.marketingplanner.domain.channel.Channel;
import com.marketingplanner.domain.channel.ChannelClass;
import com.marketingplanner.domain.channel.ChannelCommand;
import com.marketingplanner.domain.channel.ChannelService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/channels")
@Tag(name = "Channels", description = "The channel catalog (edits: administrators only)")
class ChannelApiController {

	private final ChannelService channels;

	ChannelApiController(ChannelService channels) {
		this.channels = channels;
	}

	@GetMapping
	@Operation(summary = "List the channel catalog")
	List<ChannelResponse> list() {
		return this.channels.all().stream().map(ChannelResponse::from).toList();
	}

	@GetMapping("/{channelId}")
	@Operation(summary = "Read one channel of the catalog")
	ChannelResponse get(@PathVariable long channelId) {
		return ChannelResponse.from(this.channels.get(channelId));
	}

	@PostMapping
	@Operation(summary = "Add a channel to the catalog (administrators)")
	ResponseEntity<ChannelResponse> create(@Valid @RequestBody ChannelCommand command) {
		Channel channel = this.channels.create(command);
		return ResponseEntity.created(URI.create("/api/v1/channels/" + channel.getId()))
			.body(ChannelResponse.from(channel));
	}

	@PutMapping("/{channelId}")
	@Operation(summary = "Edit a channel of the catalog (administrators); send the version you read")
	ChannelResponse update(@PathVariable long channelId, @Valid @RequestBody ChannelCommand command) {
		return ChannelResponse.from(this.channels.update(channelId, command));
	}

	record ChannelResponse(long id, String code, String name, String nameZh, ChannelClass channelClass, boolean core,
			long version) {

		static ChannelResponse from(Channel channel) {
			return new ChannelResponse(channel.getId(), channel.getCode(), channel.getName(), channel.getNameZh(),
					channel.getChannelClass(), channel.isCore(), channel.getVersion());
		}

	}

}
