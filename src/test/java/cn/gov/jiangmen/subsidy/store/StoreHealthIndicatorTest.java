package cn.gov.jiangmen.subsidy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.util.unit.DataSize;

class StoreHealthIndicatorTest {

	@TempDir
	Path dir;

	private JdbcDataSource dataSource;
	private Connection keepOpen;

	@BeforeEach
	void open() throws SQLException {
		dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:file:" + dir.resolve("data/subsidy") + ";WRITE_DELAY=0");
		dataSource.setUser("sa");
		keepOpen = dataSource.getConnection();
		keepOpen.createStatement().execute("CREATE TABLE t (id INT)");
	}

	@AfterEach
	void close() throws SQLException {
		keepOpen.close();
	}

	private Health healthWithFloor(DataSize floor) {
		StoreStatus status = new StoreStatus(dataSource, new StoreProperties(floor, dir.resolve("backups"), null));
		return new StoreHealthIndicator(status).health();
	}

	@Test
	void the_file_store_shows_its_size_and_the_free_disk_beside_it() {
		Health health = healthWithFloor(DataSize.ofBytes(1));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("database", "H2_FILE")
			.containsEntry("directory", dir.resolve("data").toAbsolutePath().toString())
			.containsEntry("minFreeDiskBytes", 1L);
		assertThat((Long) health.getDetails().get("sizeBytes")).isEqualTo(dir.resolve("data/subsidy.mv.db").toFile().length())
			.isPositive();
		assertThat((Long) health.getDetails().get("freeDiskBytes")).isPositive();
	}

	@Test
	void below_the_free_disk_floor_the_app_is_out_of_service() {
		Health health = healthWithFloor(DataSize.ofTerabytes(1_000_000));
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails()).containsKey("reason").containsEntry("database", "H2_FILE");
	}

}
