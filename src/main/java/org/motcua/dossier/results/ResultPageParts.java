package org.motcua.dossier.results;

import java.util.List;

import org.motcua.catalog.ResultType;
import org.motcua.dossier.DossierView;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the dossier page shows of results, verification codes and certified copies: the
 * result types and their fields for the finish form, the signed result's verification
 * code, the certified copies and the papers that may be certified.
 */
@Component
public class ResultPageParts {

	private final Results results;

	private final CertifiedCopies copies;

	ResultPageParts(Results results, CertifiedCopies copies) {
		this.results = results;
		this.copies = copies;
	}

	/**
	 * Adds {@code resultTypes}, {@code issuedResult}, {@code copies},
	 * {@code certifiable}.
	 */
	public void fill(DossierView dossier, Model model) {
		List<TypeRow> types = this.results.resultTypes(dossier)
			.stream()
			.map(t -> new TypeRow(t.code(), t.name(), Results.fields(t)))
			.toList();
		model.addAttribute("resultTypes", types);
		model.addAttribute("issuedResult", this.results.issuedResult(dossier.code()).orElse(null));
		model.addAttribute("copies", this.copies.of(dossier.code()));
		model.addAttribute("certifiable", dossier.documents().stream().filter(d -> d.documentId() != null).toList());
	}

	/** Whether {@code documentId} is a copy certified in the dossier. */
	public boolean isCopy(DossierView dossier, String documentId) {
		return this.copies.of(dossier.code()).stream().anyMatch(c -> c.documentId().equals(documentId));
	}

	/** A result type and its fields, for the finish form. */
	public record TypeRow(String code, String name, List<ResultType.ResultField> fields) {

	}

}
