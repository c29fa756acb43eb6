package org.glossator.ui.editor;

/**
 * What the annotation editor's commands do; each is a workbench command (see plugin.xml) so that its key can be
 * rebound and it shows in menus. Type keys are not commands: they come from the schema.
 */
public enum EditorOperation {
	NEXT_ANNOTATION,
	PREVIOUS_ANNOTATION,
	NEXT_PROPOSAL,
	PREVIOUS_PROPOSAL,
	/** Accepts the current proposal; while linking, takes the candidate. */
	ACCEPT,
	/** Rejects the current proposal, which stays as a decision, or deletes the current annotation. */
	REJECT_OR_DELETE,
	/** Accepts, in one step, the proposals within the selected text, or else all of the current annotation's type. */
	ACCEPT_ALL,
	/** Rejects, in one step, the proposals within the selected text, or else all of the current annotation's type. */
	REJECT_ALL,
	ADD_ARGUMENT,
	ADD_RELATION,
	/** Adds the selected text as one more fragment of the current annotation. */
	ADD_FRAGMENT,
	/** Cuts the current annotation's span at the caret into two fragments (white space at the cut drops out). */
	SPLIT_SPAN,
	/** Joins the current annotation's fragments into one span from the first to the last. */
	MERGE_SPANS,
	/** From an event to its arguments' fillers in turn, and from a filler back to its event. */
	JUMP_ARGUMENT,
	END_LATER,
	END_EARLIER,
	END_LATER_WORD,
	END_EARLIER_WORD,
	BEGIN_LATER,
	BEGIN_EARLIER,
	BEGIN_LATER_WORD,
	BEGIN_EARLIER_WORD,
	TOGGLE_WORD_SNAPPING
}
