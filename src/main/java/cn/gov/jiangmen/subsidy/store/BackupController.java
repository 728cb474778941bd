package cn.gov.jiangmen.subsidy.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/**
 * The administrator's backups of the running app (beyond CONTRACT.md, additive):
 * {@code POST /api/admin/backups} takes one, {@code GET /api/admin/backups} lists them,
 * {@code GET /api/admin/backups/{file}} downloads one. {@code camunda-admin} only.
 *
 * <p>An endpoint rather than a script that opens the file: H2 lets one process at a time open
 * its file, and that process is the running app; the app also knows where the file is and when
 * nothing else compacts it.
 */
@RestController
@RequestMapping("/api/admin/backups")
class BackupController {

	private final Backups backups;
	private final CurrentUsers users;

	BackupController(Backups backups, CurrentUsers users) {
		this.backups = backups;
		this.users = users;
	}

	@PostMapping
	ResponseEntity<Backups.Backup> take() {
		requireAdmin();
		Backups.Backup backup = backups.take();
		return ResponseEntity.created(URI.create("/api/admin/backups/" + backup.file())).body(backup);
	}

	@GetMapping
	List<Backups.Backup> list() {
		requireAdmin();
		return backups.list();
	}

	@GetMapping("/{file}")
	ResponseEntity<Resource> download(@PathVariable String file) {
		requireAdmin();
		Path path = backups.find(file)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个备份: " + file));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(new FileSystemResource(path));
	}

	@ExceptionHandler(Backups.Refused.class)
	ResponseEntity<org.springframework.http.ProblemDetail> refused(Backups.Refused refused) {
		var problem = org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
		problem.setTitle("不能备份");
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private void requireAdmin() {
		if (!users.current().isAdmin()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有系统管理员可以备份 (camunda-admin only)");
		}
	}

}
