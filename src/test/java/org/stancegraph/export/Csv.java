package org.stancegraph.export;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: CRLF line ends only, quotes only around whole fields. */
final class Csv {

	private Csv() {
	}

	static List<List<String>> parse(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i += 2;
				}
				else if (c == '"') {
					quoted = false;
					i++;
				}
				else {
					field.append(c);
					i++;
				}
				continue;
			}
			if (c == '"') {
				if (field.length() > 0 || wasQuoted) {
					throw new IllegalArgumentException("a double quote inside an unquoted field at offset " + i);
				}
				quoted = true;
				wasQuoted = true;
				i++;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
				i++;
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				row.add(field.toString());
				rows.add(row);
				row = new ArrayList<>();
				field.setLength(0);
				wasQuoted = false;
				i += 2;
			}
			else if (c == '\r' || c == '\n') {
				throw new IllegalArgumentException("a line break outside quotes that is not CRLF at offset " + i);
			}
			else if (wasQuoted) {
				throw new IllegalArgumentException("text after a closing quote at offset " + i);
			}
			else {
				field.append(c);
				i++;
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("an unterminated quoted field");
		}
		if (field.length() > 0 || !row.isEmpty() || wasQuoted) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}
}
