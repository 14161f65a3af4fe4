package com.marketingplanner.domain.plan;

/** The language a plan is written in; it decides how its sections are numbered. */
public enum PlanLanguage {

	/** English: sections numbered 1 / 1.1 / 1.1.1. */
	EN,
	/** Chinese: top-level sections numbered 一、二、…, below that 1.1 / 1.1.1. */
	ZH

}
