package com.marketingplanner.web.chart;

import com.marketingplanner.web.support.PlannerWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlannerWebTest
class ChartAssetsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theAppServesEChartsItselfUnderItsOwnPathForAYear() throws Exception {
		this.mvc.perform(get(ChartAssets.ECHARTS_PATH + "echarts.min.js"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/javascript"))
			.andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
	}

	@Test
	void theChartScriptsAreServedWithoutSigningIn() throws Exception {
		this.mvc.perform(get("/js/charts.js")).andExpect(status().isOk());
		this.mvc.perform(get("/js/page.js")).andExpect(status().isOk());
	}

}
