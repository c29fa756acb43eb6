package org.glossator.ui.editor;

import java.text.BreakIterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.glossator.core.edit.AnnotationCommands;
import org.glossator.core.edit.AnnotationEditingDomainFactory;
import org.glossator.core.edit.TextRange;
import org.glossator.model.Document;
import org.glossator.model.EntityType;
import org.glossator.model.GlossatorFactory;

/**
 * Makes an annotation on a scratch document and undoes it, as the editor does on the first type key, in the
 * background once the editor has painted its loaded annotations: the classes that takes (commands, notifications,
 * change tracking, index) then load here rather than while the user waits for the first annotation (the command took
 * 12 ms of a first create of 40 to 55 ms in the editor benchmark, 1 to 3 ms after the rehearsal), and the word
 * breaker's rules with them. Touches nothing the editor has but the type, which it only reads: a schema's existing
 * types never change while it is open (it grows by new ones).
 */
final class FirstEditRehearsal extends Job {

	/** Once per session: what it loads stays loaded. */
	private static final AtomicBoolean SCHEDULED = new AtomicBoolean();

	private final EntityType type;

	/** Rehearses with a type of the schema, unless that was done in this session. */
	static void scheduleOnce(EntityType type) {
		if (SCHEDULED.compareAndSet(false, true)) {
			new FirstEditRehearsal(type).schedule();
		}
	}

	private FirstEditRehearsal(EntityType type) {
		super("Preparing the first annotation");
		this.type = type;
		setSystem(true);
		setPriority(DECORATE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		AdapterFactoryEditingDomain domain = AnnotationEditingDomainFactory.create(new ResourceSetImpl());
		try {
			BreakIterator.getWordInstance();
			Document scratch = GlossatorFactory.eINSTANCE.createDocument();
			scratch.setText("rehearsal");
			DocumentChanges changes = new DocumentChanges(scratch);
			AnnotationIndex index = AnnotatedText.prepareIndex(scratch);
			domain.getCommandStack().execute(new AnnotationCommands(domain).createEntityMention(scratch, type, List.of(new TextRange(0, 4))));
			changes.take().added().forEach(index::add);
			domain.getCommandStack().undo();
			changes.take().removed().forEach(index::remove);
			changes.dispose();
		} catch (RuntimeException e) {
			// Only a rehearsal: the first edit then loads what it needs itself.
			ILog.of(getClass()).warn("Could not rehearse the first edit", e);
		} finally {
			((ComposedAdapterFactory) domain.getAdapterFactory()).dispose();
		}
		return Status.OK_STATUS;
	}
}
