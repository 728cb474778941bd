package cn.gov.jiangmen.subsidy.scale;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Drives nodes over HTTP exactly as officers' clients do: {@code POST /api/applications} and the
 * engine REST API ({@code /engine-rest/task/{id}/complete}, {@code /engine-rest/job/{id}/duedate}),
 * each call as a named demo user with HTTP Basic (password {@code demo}).
 */
final class RestDriver {

	static final ObjectMapper JSON = new ObjectMapper();
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	record Task(String id, String processInstanceId, String taskDefinitionKey) {
	}

	static final class HttpFailure extends RuntimeException {
		final int status;

		HttpFailure(int status, String message) {
			super(message);
			this.status = status;
		}
	}

	JsonNode submit(AppNode node, String user, String body) {
		return call(node, user, "POST", "/api/applications", body, 201);
	}

	String status(AppNode node, String applicationId) {
		return call(node, "admin", "GET", "/api/applications/" + applicationId, null, 200).get("status").asText();
	}

	List<Task> tasks(AppNode node, String user, Map<String, String> query) {
		StringBuilder path = new StringBuilder("/engine-rest/task?maxResults=100000");
		query.forEach((k, v) -> path.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
		List<Task> tasks = new ArrayList<>();
		for (JsonNode t : call(node, user, "GET", path.toString(), null, 200)) {
			tasks.add(new Task(t.get("id").asText(), t.get("processInstanceId").asText(),
					t.get("taskDefinitionKey").asText()));
		}
		return tasks;
	}

	/** Completes a task with form values, as Tasklist does. */
	void complete(AppNode node, String user, String taskId, Map<String, Object> values) {
		ObjectNode variables = JSON.createObjectNode();
		values.forEach((k, v) -> variables.putObject(k).putPOJO("value", v));
		ObjectNode body = JSON.createObjectNode();
		body.set("variables", variables);
		call(node, user, "POST", "/engine-rest/task/" + taskId + "/complete", body.toString(), 204);
	}

	/** Completes a task with typed values (name → {value, type}), e.g. a Json list as Tasklist sends it. */
	void completeTyped(AppNode node, String user, String taskId, Map<String, Object[]> values) {
		ObjectNode variables = JSON.createObjectNode();
		values.forEach((k, v) -> variables.putObject(k).put("type", (String) v[1]).putPOJO("value", v[0]));
		ObjectNode body = JSON.createObjectNode();
		body.set("variables", variables);
		call(node, user, "POST", "/engine-rest/task/" + taskId + "/complete", body.toString(), 204);
	}

	/** Timer jobs of an activity (as admin). */
	List<String> timerJobs(AppNode node, String activityId) {
		List<String> ids = new ArrayList<>();
		for (JsonNode job : call(node, "admin", "GET",
				"/engine-rest/job?timers=true&maxResults=100000&activityId=" + activityId, null, 200)) {
			ids.add(job.get("id").asText());
		}
		return ids;
	}

	/** Moves a timer's due date to now, so that the job executors of the cluster pick it up. */
	void dueNow(AppNode node, String jobId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("duedate", java.time.OffsetDateTime.now().minusSeconds(1)
			.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")));
		call(node, "admin", "PUT", "/engine-rest/job/" + jobId + "/duedate", toJson(body), 204);
	}

	/**
	 * Uploads a piece of evidence to an application as its enterprise does ({@code multipart
	 * POST /api/applications/{id}/attachments}, field {@code file}); the app keeps the bytes in its
	 * own table of the store. Returns the attachment's id.
	 */
	String uploadEvidence(AppNode node, String user, String applicationId, String name, byte[] content) {
		String boundary = "----subsidy" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.util.function.Consumer<String> text = t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
		text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n");
		body.writeBytes(content);
		text.accept("\r\n--" + boundary + "--\r\n");
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(node.baseUrl() + "/api/applications/" + applicationId + "/attachments"))
			.timeout(Duration.ofSeconds(120))
			.header("Authorization", basic(user))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 201) {
				throw new HttpFailure(response.statusCode(),
						"evidence for " + applicationId + ": " + response.statusCode() + " " + response.body());
			}
			return JSON.readTree(response.body()).get("id").asText();
		}
		catch (IOException e) {
			throw new HttpFailure(-1, "evidence for " + applicationId + ": " + e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** The bytes of a piece of evidence, as a user who may see the application downloads them. */
	byte[] evidence(AppNode node, String user, String applicationId, String attachmentId) {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(node.baseUrl() + "/api/applications/" + applicationId + "/attachments/" + attachmentId))
			.timeout(Duration.ofSeconds(120))
			.header("Authorization", basic(user))
			.GET()
			.build();
		try {
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new HttpFailure(response.statusCode(), "evidence " + attachmentId + " of " + applicationId + ": "
						+ new String(response.body(), StandardCharsets.UTF_8));
			}
			return response.body();
		}
		catch (IOException e) {
			throw new HttpFailure(-1, "evidence " + attachmentId + ": " + e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	static String toJson(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	JsonNode call(AppNode node, String user, String method, String path, String body, int expected) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
			.timeout(Duration.ofSeconds(120))
			.header("Authorization", basic(user))
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expected) {
				throw new HttpFailure(response.statusCode(), method + " " + node.name + path + " as " + user + ": "
						+ response.statusCode() + " " + response.body());
			}
			return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
		}
		catch (IOException e) {
			throw new HttpFailure(-1, method + " " + node.name + path + ": " + e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
