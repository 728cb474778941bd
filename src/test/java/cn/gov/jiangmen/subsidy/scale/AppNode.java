package cn.gov.jiangmen.subsidy.scale;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One application node in its own JVM, started from the build's class path (target/classes and the
 * dependencies; never the test classes), on a loopback port. {@link #kill9()} is a real SIGKILL.
 */
final class AppNode {

	final String name;
	final int port;
	private final List<String> arguments;
	private final Path log;
	private Process process;
	private Path workingDirectory;

	AppNode(String name, int port, List<String> arguments) {
		this.name = name;
		this.port = port;
		this.arguments = List.copyOf(arguments);
		this.log = Path.of("target", "scale", name + ".log");
	}

	/** Runs the node in this directory: the app's default H2 file store {@code ./data/} then lies there. */
	AppNode in(Path directory) {
		this.workingDirectory = directory;
		return this;
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The application's run-time class path: the test JVM's, minus test classes and test-only folders. */
	static String applicationClassPath() {
		String cp = System.getProperty("java.class.path");
		return Arrays.stream(cp.split(File.pathSeparator))
			.filter(entry -> !entry.contains("test-classes") && !entry.contains("src" + File.separator + "test"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	AppNode start() {
		try {
			Files.createDirectories(log.getParent());
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC",
					"-cp", applicationClassPath(), "cn.gov.jiangmen.subsidy.SubsidyApplication",
					"--server.port=" + port));
			command.addAll(arguments);
			ProcessBuilder builder = new ProcessBuilder(command);
			if (workingDirectory != null) {
				builder.directory(workingDirectory.toFile());
			}
			process = builder.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toAbsolutePath().toFile()))
				.start();
			return this;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	long pid() {
		return process.pid();
	}

	/** Waits until /actuator/health answers UP. */
	AppNode awaitUp(Duration timeout) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
			}
			try {
				HttpResponse<String> response = http.send(
						HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).timeout(Duration.ofSeconds(3)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("UP")) {
					return this;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			sleep(500);
		}
		throw new IllegalStateException(name + " not up within " + timeout + "; see " + log);
	}

	/** kill -9: no shutdown hook, no connection closed cleanly, no transaction committed. */
	void kill9() {
		try {
			new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start().waitFor();
			process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A clean stop (SIGTERM, Spring's graceful shutdown, the H2 file compacted on close). */
	void stop() {
		if (process != null && process.isAlive()) {
			process.destroy();
			try {
				if (!process.waitFor(180, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	boolean alive() {
		return process != null && process.isAlive();
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
