package org.stancegraph;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Zips the app serves ({@code GET /api/documents/{id}/dataset}), unzipped as {@code unzip -d} would. */
public final class Zips {

	private Zips() {
	}

	/** The zip's entries written under {@code root}, and their contents as text. */
	public static Map<String, String> unzip(byte[] zip, Path root) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				Path file = root.resolve(entry.getName());
				Files.createDirectories(file.getParent());
				Files.write(file, content);
				files.put(entry.getName(), new String(content, StandardCharsets.UTF_8));
			}
		}
		return files;
	}
}
