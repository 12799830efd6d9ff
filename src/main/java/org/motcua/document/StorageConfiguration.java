package org.motcua.document;

import org.motcua.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the document storage that {@code motcua.document.storage} names. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

	@Bean
	DocumentStorage documentStorage(DocumentProperties properties, PlatformProperties platform) {
		return switch (properties.storage()) {
			case FILESYSTEM -> {
				FilesystemStorage storage = new FilesystemStorage(platform.dataDir().resolve("documents"));
				log.info("Documents are stored under {}", storage.root().toAbsolutePath());
				yield storage;
			}
			case S3 -> {
				DocumentProperties.S3 s3 = properties.s3();
				S3Storage storage = S3Storage.connect(s3);
				log.info("Documents are stored in bucket {} (keys {}…) of the object store at {}", s3.bucket(),
						s3.prefix(), (s3.endpoint() != null) ? s3.endpoint() : "AWS " + s3.region());
				yield storage;
			}
		};
	}

}
