package org.verbatim.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

	private final AtomicLong nanos = new AtomicLong();
	private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
	private final ProgressBar bar = new ProgressBar(new PrintStream(terminal, true, StandardCharsets.UTF_8), nanos::get,
			"files");

	@Test
	void showsCountsRateAndTimeLeft() {
		bar.start(1000);
		for (int i = 0; i < 250; i++) {
			nanos.addAndGet(4_000_000L);
			bar.step();
		}
		assertEquals("[======>                 ] 250/1,000 files  250 files/s  0:03 left", bar.line(nanos.get()));
	}

	@Test
	void redrawsAtMostTenTimesASecondAndAlwaysAtTheEnd() {
		bar.start(100);
		for (int i = 0; i < 100; i++) {
			nanos.addAndGet(1_000_000L);
			bar.step();
		}
		String drawn = terminal.toString(StandardCharsets.UTF_8);
		long redraws = drawn.chars().filter(c -> c == '\r').count();
		assertTrue(redraws <= 2, "0.1 s of work redraws at most twice, drew " + redraws);
		assertTrue(drawn.endsWith("[========================] 100/100 files  1000 files/s"), drawn);
	}

	@Test
	void moreDoneThanTheTotalSaidGrowsTheTotalInsteadOfOverrunningTheBar() {
		bar.start(2);
		for (int i = 0; i < 3; i++) {
			nanos.addAndGet(1_000_000_000L);
			bar.step();
		}
		assertEquals("[========================] 3/3 files  1 files/s", bar.line(nanos.get()));
	}

	@Test
	void linesPrintedMeanwhileClearTheBarFirst() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		bar.start(10);
		bar.step();
		bar.println(new PrintStream(out, true, StandardCharsets.UTF_8), "S1 imported");
		assertEquals("S1 imported\n", out.toString(StandardCharsets.UTF_8));
		assertTrue(terminal.toString(StandardCharsets.UTF_8).contains("\r\033[K\r\033[K[="), "cleared, then redrawn");
	}
}
