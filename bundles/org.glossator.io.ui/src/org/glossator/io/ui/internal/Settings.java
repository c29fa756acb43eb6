package org.glossator.io.ui.internal;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/** Where the wizards and dialogs of this bundle remember the user's last choices. */
public final class Settings {

	private Settings() {
	}

	public static IDialogSettings section(String name) {
		return DialogSettings.getOrCreateSection(PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(Settings.class))
				.getDialogSettings(), name);
	}
}
