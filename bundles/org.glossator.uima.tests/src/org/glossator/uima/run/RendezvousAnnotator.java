package org.glossator.uima.run;

import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;

/**
 * Proves that documents run at the same time: each instance's first document waits until another instance reaches
 * its own first document, and fails if none does within seconds. Records which instances ran on which threads.
 */
public class RendezvousAnnotator extends CasAnnotator_ImplBase {

	static final CyclicBarrier MEETING = new CyclicBarrier(2);
	static final Set<String> INSTANCES_AND_THREADS = ConcurrentHashMap.newKeySet();

	private boolean met;

	@Override
	public void process(CAS cas) throws AnalysisEngineProcessException {
		INSTANCES_AND_THREADS.add(System.identityHashCode(this) + "@" + Thread.currentThread().getId());
		if (!met) {
			met = true;
			try {
				MEETING.await(20, TimeUnit.SECONDS);
			} catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
				throw new AnalysisEngineProcessException(new IllegalStateException("no other pipeline ran meanwhile", e));
			}
		}
	}
}
