package cn.gov.jiangmen.subsidy.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC for checks from outside the nodes. */
final class Sql implements AutoCloseable {

	private final Connection connection;

	Sql(String url, String user, String password) {
		try {
			connection = DriverManager.getConnection(url, user, password);
			connection.setAutoCommit(true);
		}
		catch (SQLException e) {
			throw new IllegalStateException(url + ": " + e.getMessage(), e);
		}
	}

	long count(String sql, Object... args) {
		List<List<Object>> rows = rows(sql, args);
		return ((Number) rows.get(0).get(0)).longValue();
	}

	List<List<Object>> rows(String sql, Object... args) {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				ResultSetMetaData meta = rs.getMetaData();
				List<List<Object>> rows = new ArrayList<>();
				while (rs.next()) {
					List<Object> row = new ArrayList<>();
					for (int c = 1; c <= meta.getColumnCount(); c++) {
						row.add(rs.getObject(c));
					}
					rows.add(row);
				}
				return rows;
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql + ": " + e.getMessage(), e);
		}
	}

	void execute(String sql) {
		try (var statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void close() {
		try {
			connection.close();
		}
		catch (SQLException e) {
			// closing
		}
	}

}
