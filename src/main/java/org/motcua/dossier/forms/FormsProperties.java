package org.motcua.dossier.forms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The printed forms.
 *
 * @param fontDir the directory holding the DejaVu fonts embedded in every form (Debian's
 * {@code fonts-dejavu-core}); start-up fails when a font is missing from it
 */
@Validated
@ConfigurationProperties("motcua.dossier.forms")
public record FormsProperties(@NotNull @DefaultValue("/usr/share/fonts/truetype/dejavu") Path fontDir) {

	/** The font files the forms embed, all of which must be in {@link #fontDir()}. */
	static final List<String> FONTS = List.of("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
			"DejaVuSerif-BoldItalic.ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf");

	public FormsProperties {
		if (fontDir != null) {
			for (String font : FONTS) {
				if (!Files.isReadable(fontDir.resolve(font))) {
					throw new IllegalArgumentException("motcua.dossier.forms.font-dir " + fontDir + " has no readable "
							+ font + " (install Debian's fonts-dejavu-core or point font-dir at the DejaVu fonts)");
				}
			}
		}
	}

}
