package org.glossator.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The global actions (save, undo, redo, ...) that editors plug their handlers into, as in the IDE. */
class GlossatorActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction importWizards;
	private IWorkbenchAction exportWizards;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction find;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction about;

	GlossatorActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = register(ActionFactory.SAVE.create(window));
		saveAll = register(ActionFactory.SAVE_ALL.create(window));
		close = register(ActionFactory.CLOSE.create(window));
		closeAll = register(ActionFactory.CLOSE_ALL.create(window));
		importWizards = register(ActionFactory.IMPORT.create(window));
		exportWizards = register(ActionFactory.EXPORT.create(window));
		quit = register(ActionFactory.QUIT.create(window));
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
		find = register(ActionFactory.FIND.create(window));
		selectAll = register(ActionFactory.SELECT_ALL.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		about = register(ActionFactory.ABOUT.create(window));
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		file.add(close);
		file.add(closeAll);
		file.add(new Separator());
		file.add(save);
		file.add(saveAll);
		file.add(new Separator());
		file.add(importWizards);
		file.add(exportWizards);
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		edit.add(undo);
		edit.add(redo);
		edit.add(new Separator());
		edit.add(selectAll);
		edit.add(find);
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

		MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		window.add(resetPerspective);
		window.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		window.add(new Separator());
		window.add(preferences);

		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(about);

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
		menuBar.add(help);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager toolBar = new ToolBarManager(coolBar.getStyle());
		toolBar.add(save);
		toolBar.add(saveAll);
		toolBar.add(new Separator());
		toolBar.add(undo);
		toolBar.add(redo);
		coolBar.add(toolBar);
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
