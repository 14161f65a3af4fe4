package com.marketingplanner.analytics.attribution;

import java.util.Arrays;

/**
 * The absorbing Markov chain of {@link TransitionCounts} in compressed sparse rows,
 * solving for the probability of absorption in {@code CONVERSION} from {@code START}.
 * <p>
 * Method: the absorption probabilities x solve {@code x = Q·x + r} (the first column of B
 * = N·R with N = (I − Q)⁻¹, without forming N). We solve the sparse system by
 * Gauss-Seidel sweeps over the transient states in reverse order of discovery: paths
 * discover states from start outwards, so on loop-free chains one sweep is already exact
 * and loops only need a few more. A state with a self-loop p is solved for itself:
 * {@code x_s = (Σ_{t≠s} p_st x_t + r_s) / (1 − p_ss)}.
 * <p>
 * Convergence criterion: stop after the first sweep in which no x changes by more than
 * {@value #TOLERANCE} (x is a probability, so this is a few units in the last place of
 * 1). The error of Gauss-Seidel is then at most {@code ρ/(1−ρ)} times that change, ρ the
 * spectral radius of its iteration matrix; on journey chains every state leaks to null,
 * which keeps ρ well below 1. Gives up with an {@link ArithmeticException} after
 * {@value #MAX_SWEEPS} sweeps.
 * <p>
 * Removing channels: states marked removed are held at x = 0, which is the same as
 * sending every transition into them to null.
 */
final class SparseAbsorbingChain {

	static final double TOLERANCE = 1e-15;

	static final int MAX_SWEEPS = 1_000_000;

	private final int states;

	private final int[] rowStart;

	/**
	 * End (exclusive) of each row's transient targets; absorbing and self steps are kept
	 * apart.
	 */
	private final int[] rowEnd;

	private final int[] targets;

	private final double[] probabilities;

	/** Probability of the direct step to CONVERSION, per state. */
	private final double[] toConversion;

	/** Probability of staying (self-loop), per state. */
	private final double[] selfLoop;

	private final double[] x;

	SparseAbsorbingChain(TransitionCounts counts) {
		this.states = counts.stateCount();
		double[] outWeight = new double[this.states];
		int[] rowCount = new int[this.states + 1];
		for (int t = 0; t < counts.transitionCount(); t++) {
			outWeight[counts.from(t)] += counts.weight(t);
			rowCount[counts.from(t) + 1]++;
		}
		this.rowStart = new int[this.states + 1];
		for (int s = 0; s < this.states; s++) {
			this.rowStart[s + 1] = this.rowStart[s] + rowCount[s + 1];
		}
		int[] next = Arrays.copyOf(this.rowStart, this.states);
		this.targets = new int[counts.transitionCount()];
		this.probabilities = new double[counts.transitionCount()];
		this.toConversion = new double[this.states];
		this.selfLoop = new double[this.states];
		for (int t = 0; t < counts.transitionCount(); t++) {
			int from = counts.from(t);
			int to = counts.to(t);
			double probability = counts.weight(t) / outWeight[from];
			if (to == TransitionCounts.CONVERSION) {
				this.toConversion[from] += probability;
			}
			else if (to == from) {
				this.selfLoop[from] += probability;
			}
			else if (to != TransitionCounts.NULL) {
				this.targets[next[from]] = to;
				this.probabilities[next[from]++] = probability;
			}
		}
		this.rowEnd = next;
		this.x = new double[this.states];
	}

	/**
	 * P(absorption in CONVERSION | START) with the states flagged in {@code removed} held
	 * at 0 (null when no removal).
	 */
	double conversionProbability(boolean[] removed) {
		Arrays.fill(this.x, 0);
		for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
			double largestChange = 0;
			for (int s = this.states - 1; s >= 0; s--) {
				if (s == TransitionCounts.CONVERSION || s == TransitionCounts.NULL || (removed != null && removed[s])) {
					continue;
				}
				double sum = this.toConversion[s];
				for (int e = this.rowStart[s]; e < rowEnd(s); e++) {
					sum += this.probabilities[e] * this.x[this.targets[e]];
				}
				double updated = (this.selfLoop[s] == 0) ? sum : sum / (1 - this.selfLoop[s]);
				largestChange = Math.max(largestChange, Math.abs(updated - this.x[s]));
				this.x[s] = updated;
			}
			if (largestChange <= TOLERANCE) {
				return this.x[TransitionCounts.START];
			}
		}
		throw new ArithmeticException("absorption probabilities did not converge in " + MAX_SWEEPS + " sweeps");
	}

	private int rowEnd(int state) {
		return this.rowEnd[state];
	}

}
