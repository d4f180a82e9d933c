package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.References;
import org.flashpoint.region.Region;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code escalationBacktest}: the flags scored as forecasts. */
@Controller
class BacktestController {

	private final BacktestService backtests;

	BacktestController(BacktestService backtests) {
		this.backtests = backtests;
	}

	@QueryMapping
	Backtest escalationBacktest(@Argument String region, @Argument LocalDate from, @Argument LocalDate to) {
		return this.backtests.backtest(RecordType.REGION.keyOf("region", region), from, to);
	}

	@SchemaMapping(typeName = "EscalationBacktest")
	CompletableFuture<Region> region(Backtest backtest, DataLoader<String, Region> regions) {
		return References.one(regions, backtest.regionKey());
	}

	@SchemaMapping(typeName = "BacktestWeek")
	IsoWeek week(Backtest.Week week) {
		return IsoWeek.of(week.week());
	}

}
