package com.marketingplanner.domain.goal;

/**
 * What a goal or KPI is about; the codes are the category codes of the seed plans (MKT
 * market, TRF traffic, …). Stored by name.
 */
public enum GoalCategory {

	/** Market: GMV, share, sales. */
	MKT,
	/** Traffic: visitors, CAC, CPC. */
	TRF,
	/** Conversion: conversion rates, AOV, returns. */
	CNV,
	/** Retention: repurchase, retention, LTV. */
	RET,
	/** Brand: awareness, NPS, rank. */
	BRD,
	/** Content: notes, videos, completion. */
	CON,
	/** Technology: platforms, availability, accuracy. */
	TEC,
	/** User experience: service, page speed, satisfaction. */
	UX,
	/** Supply chain: delivery, stock, inventory. */
	SC,
	/** Organisation: staff, skills, partners. */
	ORG,
	/** Finance: margins, ROI, budget variance. */
	FIN,
	/** Risk: incidents, dependencies, reviews. */
	RSK,
	/** Sustainability: carbon, packaging, ESG. */
	ESG

}
