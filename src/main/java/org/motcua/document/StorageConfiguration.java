package org.motcua.document;

import org.motcua.platform.PlatformProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the document storage that {@code motcua.document.storage} names. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	DocumentStorage documentStorage(DocumentProperties properties, PlatformProperties platform) {
		return switch (properties.storage()) {
			case FILESYSTEM -> new FilesystemStorage(platform.dataDir().resolve("documents"));
		};
	}

}
