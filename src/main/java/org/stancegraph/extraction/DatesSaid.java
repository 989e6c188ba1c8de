package org.stancegraph.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * When a sentence says something was said or done, relative to the document's date and as precisely as it says
 * it (seeds/README.md, Dates): "on Friday" in a document of Saturday 15 November is 2025-11-14, "November 17" a
 * day, "in October" and "back in September" a month, "in 2007" a year; "today" the document's date, "yesterday"
 * the day before, "last month" the month before. A month or day without a year is the latest one not after the
 * document; a weekday is the latest on or before it ("next Monday" the first after it).
 */
final class DatesSaid {

	/** A date in the text: where it stands and the value a claim file takes (YYYY-MM-DD, YYYY-MM or YYYY). */
	record DateSaid(int start, int end, String value) {
	}

	private static final String MONTHS = Arrays.stream(Month.values())
		.map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "|" + m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + "\\.?")
		.collect(Collectors.joining("|"));
	private static final String DAYS = Arrays.stream(DayOfWeek.values())
		.map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(Collectors.joining("|"));

	private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?");
	private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\b(?:,?\\s+(\\d{4}))?");
	private static final Pattern MONTH = Pattern.compile("\\b(?:in|back in|since|early|late|mid-|by|during|until)\\s+(" + MONTHS + ")\\b(?:\\s+(\\d{4}))?");
	private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|back in)\\s+((?:19|20)\\d{2})\\b");
	private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(next|last)\\s+)?(" + DAYS + ")\\b");
	private static final Pattern RELATIVE = Pattern.compile("\\b(today|yesterday|(?:late |early )?last month|this month|last year|this year)\\b",
			Pattern.CASE_INSENSITIVE);

	private DatesSaid() {
	}

	/** Every date the text says, in order. */
	static List<DateSaid> in(String text, LocalDate published) {
		List<DateSaid> dates = new ArrayList<>();
		List<int[]> taken = new ArrayList<>();
		add(dates, taken, MONTH_DAY, text, m -> day(published, month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
		add(dates, taken, DAY_MONTH, text, m -> day(published, month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3)));
		add(dates, taken, MONTH, text, m -> monthOf(published, month(m.group(1)), m.group(2)));
		add(dates, taken, YEAR, text, m -> m.group(1));
		add(dates, taken, WEEKDAY, text, m -> weekday(published, DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT)), m.group(1)));
		add(dates, taken, RELATIVE, text, m -> relative(published, m.group(1).toLowerCase(Locale.ROOT)));
		dates.sort(java.util.Comparator.comparingInt(DateSaid::start));
		return dates;
	}

	/** The date said nearest to an offset of the text, else null. */
	static DateSaid nearest(List<DateSaid> dates, int from, int to, int offset) {
		DateSaid best = null;
		int distance = Integer.MAX_VALUE;
		for (DateSaid date : dates) {
			if (date.start() < from || date.end() > to) {
				continue;
			}
			int d = date.end() <= offset ? offset - date.end() : Math.max(0, date.start() - offset);
			if (d < distance) {
				best = date;
				distance = d;
			}
		}
		return best;
	}

	private interface Value {
		String of(Matcher m);
	}

	private static void add(List<DateSaid> dates, List<int[]> taken, Pattern pattern, String text, Value value) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			int start = m.start();
			int end = m.end();
			if (taken.stream().anyMatch(t -> start < t[1] && end > t[0])) {
				continue;
			}
			String v;
			try {
				v = value.of(m);
			}
			catch (java.time.DateTimeException ex) {
				continue; // "February 30": no date
			}
			if (v != null) {
				taken.add(new int[] { start, end });
				dates.add(new DateSaid(start, end, v));
			}
		}
	}

	private static Month month(String name) {
		String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
		return Arrays.stream(Month.values()).filter(m -> m.name().startsWith(prefix)).findFirst().orElseThrow();
	}

	private static String day(LocalDate published, Month month, int day, String year) {
		if (year != null) {
			return LocalDate.of(Integer.parseInt(year), month, day).toString();
		}
		LocalDate date = LocalDate.of(published.getYear(), month, day);
		return (date.isAfter(published) ? date.minusYears(1) : date).toString();
	}

	private static String monthOf(LocalDate published, Month month, String year) {
		if (year != null) {
			return YearMonth.of(Integer.parseInt(year), month).toString();
		}
		YearMonth m = YearMonth.of(published.getYear(), month);
		return (m.isAfter(YearMonth.from(published)) ? m.minusYears(1) : m).toString();
	}

	private static String weekday(LocalDate published, DayOfWeek day, String which) {
		if ("next".equals(which)) {
			return published.with(TemporalAdjusters.next(day)).toString();
		}
		if ("last".equals(which)) {
			return published.with(TemporalAdjusters.previous(day)).toString();
		}
		return published.with(TemporalAdjusters.previousOrSame(day)).toString();
	}

	private static String relative(LocalDate published, String words) {
		return switch (words) {
			case "today" -> published.toString();
			case "yesterday" -> published.minusDays(1).toString();
			case "this month" -> YearMonth.from(published).toString();
			case "this year" -> String.valueOf(published.getYear());
			case "last year" -> String.valueOf(published.getYear() - 1);
			default -> YearMonth.from(published).minusMonths(1).toString(); // last month, late / early last month
		};
	}
}
