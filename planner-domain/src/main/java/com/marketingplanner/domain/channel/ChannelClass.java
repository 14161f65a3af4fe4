package com.marketingplanner.domain.channel;

/** Whether a channel is digital (online) or traditional (offline, print, TV). */
public enum ChannelClass {

	DIGITAL, TRADITIONAL

}
