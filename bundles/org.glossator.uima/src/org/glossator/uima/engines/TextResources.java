package org.glossator.uima.engines;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Opens the UTF-8 text files engines are configured with: rules and term lists. */
final class TextResources {

	/** Two characters at least, so that a Windows drive letter (C:) is no scheme. */
	private static final Pattern URL_SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]+:");

	private TextResources() {
	}

	/** @param location a file path, or a URL with a scheme of two letters or more (file:, jar:, bundleentry:, ...) */
	static BufferedReader open(String location) throws IOException {
		if (URL_SCHEME.matcher(location).lookingAt()) {
			return open(new URL(location));
		}
		return Files.newBufferedReader(Path.of(location), StandardCharsets.UTF_8);
	}

	static BufferedReader open(URL url) throws IOException {
		return new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8));
	}

	/** The file name without directories and extension, as a term list's default type. */
	static String baseName(String location) {
		String name = location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1);
		return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
	}
}
