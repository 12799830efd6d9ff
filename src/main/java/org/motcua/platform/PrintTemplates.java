package org.motcua.platform;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Template engines for printed documents: XHTML templates (the mode a PDF renderer
 * parses) read from the class path, UTF-8, cached; separate from the web pages' engine.
 */
public final class PrintTemplates {

	private PrintTemplates() {
	}

	/**
	 * An engine for the templates under {@code folder} of the class path (e.g.
	 * {@code templates/dossier/forms/}), named without their {@code .html}.
	 */
	public static SpringTemplateEngine engine(String folder) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PrintTemplates.class.getClassLoader());
		resolver.setPrefix(folder);
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
