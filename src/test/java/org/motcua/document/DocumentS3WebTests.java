package org.motcua.document;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application configured with {@code motcua.document.storage=s3} keeps uploads in the
 * bucket of a real S3 server (s3proxy, started for this class) and serves them from
 * there.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentS3WebTests {

	static S3Proxy proxy;

	static Path directory;

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentStorage storage;

	@DynamicPropertySource
	static void objectStore(DynamicPropertyRegistry registry) throws Exception {
		directory = Files.createTempDirectory("motcua-s3proxy-");
		proxy = S3Proxy.start(directory);
		registry.add("motcua.document.storage", () -> "s3");
		registry.add("motcua.document.s3.endpoint", () -> proxy.endpoint().toString());
		registry.add("motcua.document.s3.bucket", () -> "motcua-web");
		registry.add("motcua.document.s3.access-key", () -> S3Proxy.ACCESS_KEY);
		registry.add("motcua.document.s3.secret-key", () -> S3Proxy.SECRET_KEY);
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (proxy != null) {
			proxy.close();
		}
		if (directory != null) {
			FileSystemUtils.deleteRecursively(directory);
		}
	}

	@Test
	void uploadsToBucketAndDownloadsFromIt() throws Exception {
		assertThat(this.storage).isInstanceOf(S3Storage.class);
		byte[] pdf = Fixtures.pdf(1);
		String body = this.mvc
			.perform(multipart("/api/v1/documents").file(DocumentApiWebTests.file("s3.pdf", pdf))
				.header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = body.replaceAll(".*\"documentId\":\"([0-9a-f]{64})\".*", "$1");
		Path object = proxy.data().resolve("motcua-web").resolve("documents").resolve(id);
		assertThat(object).exists().hasBinaryContent(pdf);
		this.mvc.perform(get("/api/v1/documents/" + id).header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isOk())
			.andExpect(content().bytes(pdf));
	}

}
