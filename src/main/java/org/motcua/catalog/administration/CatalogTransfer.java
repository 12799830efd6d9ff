package org.motcua.catalog.administration;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.motcua.catalog.persistence.Procedures;
import org.motcua.catalog.transfer.CatalogFile;
import org.motcua.catalog.transfer.CatalogJson;
import org.motcua.catalog.transfer.CatalogWorkbook;
import org.motcua.catalog.transfer.Unreadable;

import org.springframework.stereotype.Service;

/**
 * The whole catalog in and out, as JSON or as an Excel workbook (docs/catalog-format.md):
 * export writes the published version of every procedure; import reads a file and hands
 * it to {@link CatalogAdministration#importCatalog} in one transaction.
 */
@Service
public class CatalogTransfer {

	/** A file format of the catalog. */
	public enum Format {

		JSON("application/json", "json"),
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

		public final String mediaType;

		public final String extension;

		Format(String mediaType, String extension) {
			this.mediaType = mediaType;
			this.extension = extension;
		}

	}

	private final Procedures procedures;

	private final CatalogAdministration administration;

	CatalogTransfer(Procedures procedures, CatalogAdministration administration) {
		this.procedures = procedures;
		this.administration = administration;
	}

	public void export(Format format, OutputStream out) {
		CatalogFile file = export();
		if (format == Format.XLSX) {
			CatalogWorkbook.write(file, out);
		}
		else {
			CatalogJson.write(file, out);
		}
	}

	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public CatalogFile export() {
		return new CatalogFile(CatalogFile.FORMAT,
				this.procedures.published()
					.stream()
					.map(p -> Entries.write(p.definition(), p.effectiveFrom()))
					.toList());
	}

	public ImportReport importFile(Format format, InputStream in) {
		CatalogFile file;
		try {
			file = format == Format.XLSX ? CatalogWorkbook.read(in) : CatalogJson.read(in);
		}
		catch (Unreadable ex) {
			return ImportReport.refused(
					List.of(new ImportReport.Error(-1, null, ex.where(), "catalog.error.unreadable", ex.getMessage())));
		}
		return importCatalog(file, format.name(), null);
	}

	public ImportReport importCatalog(CatalogFile file, String format, String resources) {
		try {
			return this.administration.importCatalog(file, format, resources);
		}
		catch (CatalogAdministration.ImportRefused ex) {
			return ex.report();
		}
	}

}
