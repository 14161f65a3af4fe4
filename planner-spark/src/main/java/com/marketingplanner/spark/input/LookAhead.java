package com.marketingplanner.spark.input;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that finds its next element lazily: {@link #advance()} reads on until it
 * has one (skipping what is left out) or the input ends.
 *
 * @param <T> the elements
 */
abstract class LookAhead<T> implements Iterator<T> {

	private T next;

	private boolean done;

	/** The next element, or {@code null} when there is none. */
	protected abstract T advance();

	@Override
	public boolean hasNext() {
		if (this.next == null && !this.done) {
			this.next = advance();
			this.done = this.next == null;
		}
		return this.next != null;
	}

	@Override
	public T next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		T element = this.next;
		this.next = null;
		return element;
	}

}
