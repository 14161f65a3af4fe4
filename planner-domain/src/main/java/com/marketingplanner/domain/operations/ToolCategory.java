package com.marketingplanner.domain.operations;

/**
 * What a tool of the plan's stack is for: customer data (CRM), measurement (ANALYTICS),
 * reporting (BI), storage and processing (DATA_PLATFORM), forecasting (FORECAST_MODEL),
 * customer messaging (MESSAGING), resource planning (ERP), customer service
 * (CUSTOMER_SERVICE), supply-chain systems (SUPPLY_CHAIN), anything else (OTHER).
 */
public enum ToolCategory {

	CRM, ANALYTICS, BI, DATA_PLATFORM, FORECAST_MODEL, MESSAGING, ERP, CUSTOMER_SERVICE, SUPPLY_CHAIN, OTHER

}
