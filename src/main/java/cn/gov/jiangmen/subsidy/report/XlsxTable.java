package cn.gov.jiangmen.subsidy.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One list as the bureaus hand it out: a title, lines that say what the list is, Chinese column
 * headers, one row per line, and a 合计 row. Amounts are numbers shown with two decimals (a clerk
 * sums and filters them in the spreadsheet), never text; the 合计 is the sum computed here, so that
 * a reader without a formula engine reads the same figure. Laid out for A4 landscape printing.
 */
public final class XlsxTable {

	/** How a column's cells are written. */
	public enum Kind {
		TEXT, MONEY, INTEGER, DATE
	}

	public record Column(String header, Kind kind, double width) {

		public static Column text(String header, double width) {
			return new Column(header, Kind.TEXT, width);
		}

		public static Column money(String header) {
			return new Column(header, Kind.MONEY, 16);
		}

		public static Column integer(String header) {
			return new Column(header, Kind.INTEGER, 8);
		}

		public static Column date(String header) {
			return new Column(header, Kind.DATE, 12);
		}
	}

	static final String MONEY_FORMAT = "#,##0.00";
	static final String DATE_FORMAT = "yyyy-mm-dd";
	public static final String TOTAL_LABEL = "合计";
	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final String sheetName;
	private final String title;
	private final List<String> notes;
	private final List<Column> columns;
	private final List<List<Object>> rows = new ArrayList<>();

	public XlsxTable(String sheetName, String title, List<String> notes, List<Column> columns) {
		this.sheetName = sheetName;
		this.title = title;
		this.notes = List.copyOf(notes);
		this.columns = List.copyOf(columns);
	}

	/** One line; a value per column, in order (null leaves the cell empty). */
	public XlsxTable row(Object... values) {
		if (values.length != columns.size()) {
			throw new IllegalArgumentException("a row of " + sheetName + " has " + columns.size() + " cells, not " + values.length);
		}
		rows.add(java.util.Arrays.asList(values));
		return this;
	}

	public int size() {
		return rows.size();
	}

	/** Writes the workbook; the 合计 row sums every money column. */
	public void writeTo(OutputStream out) {
		try (Workbook workbook = new Workbook(out, "JiangmenTradeSubsidy", "1.0")) {
			Worksheet sheet = workbook.newWorksheet(sheetName);
			sheet.paperSize(PaperSize.A4_PAPER);
			sheet.pageOrientation("landscape");
			sheet.fitToWidth((short) 1);
			int last = columns.size() - 1;
			int r = 0;
			sheet.value(r, 0, title);
			sheet.range(r, 0, r, last).merge();
			sheet.style(r, 0).bold().fontSize(14).set();
			r++;
			for (String note : notes) {
				sheet.value(r, 0, note);
				sheet.range(r, 0, r, last).merge();
				r++;
			}
			int headerRow = r;
			for (int c = 0; c < columns.size(); c++) {
				sheet.value(headerRow, c, columns.get(c).header());
				sheet.style(headerRow, c).bold().fillColor("EEF2F6").borderStyle("thin").wrapText(true).set();
				sheet.width(c, columns.get(c).width());
			}
			sheet.repeatRows(headerRow);
			sheet.freezePane(0, headerRow + 1);
			BigDecimal[] sums = new BigDecimal[columns.size()];
			for (List<Object> row : rows) {
				r++;
				for (int c = 0; c < columns.size(); c++) {
					write(sheet, r, c, columns.get(c).kind(), row.get(c));
					if (columns.get(c).kind() == Kind.MONEY && row.get(c) != null) {
						sums[c] = (sums[c] == null ? BigDecimal.ZERO : sums[c]).add((BigDecimal) row.get(c));
					}
				}
			}
			r++;
			sheet.value(r, 0, TOTAL_LABEL);
			sheet.style(r, 0).bold().borderStyle("thin").set();
			for (int c = 1; c < columns.size(); c++) {
				if (columns.get(c).kind() == Kind.MONEY) {
					write(sheet, r, c, Kind.MONEY, sums[c] == null ? BigDecimal.ZERO.setScale(2) : sums[c]);
					sheet.style(r, c).bold().format(MONEY_FORMAT).borderStyle("thin").set();
				}
				else if (c == 1) {
					sheet.value(r, c, "共 " + rows.size() + " 项");
				}
			}
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(Worksheet sheet, int r, int c, Kind kind, Object value) {
		if (value == null) {
			return;
		}
		switch (kind) {
			case MONEY -> {
				sheet.value(r, c, ((BigDecimal) value).setScale(2));
				sheet.style(r, c).format(MONEY_FORMAT).borderStyle("thin").set();
			}
			case INTEGER -> {
				sheet.value(r, c, (Number) value);
				sheet.style(r, c).borderStyle("thin").set();
			}
			case DATE -> {
				sheet.value(r, c, (LocalDate) value);
				sheet.style(r, c).format(DATE_FORMAT).borderStyle("thin").set();
			}
			case TEXT -> {
				sheet.value(r, c, value.toString());
				sheet.style(r, c).borderStyle("thin").wrapText(true).set();
			}
		}
	}

}
